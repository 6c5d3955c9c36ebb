import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: computePeakFlops()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/computePeakFlops.md","filePath":"api/afd/functions/computePeakFlops.md"}');
const _sfc_main = { name: "api/afd/functions/computePeakFlops.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / computePeakFlops</p><h1 id="function-computepeakflops" tabindex="-1">Function: computePeakFlops() <a class="header-anchor" href="#function-computepeakflops" aria-label="Permalink to &quot;Function: computePeakFlops()&quot;">​</a></h1><blockquote><p><strong>computePeakFlops</strong>(<code>accelerator</code>, <code>type</code>): <code>number</code></p></blockquote><p>Returns the peak FLOP/s for compute in <code>type</code>: FP8 (or INT8) uses the FP8 peak where the card has one, every other type the BF16 peak. Checks both arguments.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h3><p><code>AcceleratorDescriptor</code></p><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><p><code>ElementType</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/computePeakFlops.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const computePeakFlops = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  computePeakFlops as default
};
