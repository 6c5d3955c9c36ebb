import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PeakFlops","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/PeakFlops.md","filePath":"api/catalog/interfaces/PeakFlops.md"}');
const _sfc_main = { name: "api/catalog/interfaces/PeakFlops.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / PeakFlops</p><h1 id="interface-peakflops" tabindex="-1">Interface: PeakFlops <a class="header-anchor" href="#interface-peakflops" aria-label="Permalink to &quot;Interface: PeakFlops&quot;">​</a></h1><p>Dense peak throughput per compute element type, in FLOP/s (without 2:4 sparsity).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bf16" tabindex="-1">bf16 <a class="header-anchor" href="#bf16" aria-label="Permalink to &quot;bf16&quot;">​</a></h3><blockquote><p><strong>bf16</strong>: <code>number</code></p></blockquote><hr><h3 id="fp8" tabindex="-1">fp8 <a class="header-anchor" href="#fp8" aria-label="Permalink to &quot;fp8&quot;">​</a></h3><blockquote><p><strong>fp8</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Null on hardware without FP8 tensor cores.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/PeakFlops.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PeakFlops = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PeakFlops as default
};
