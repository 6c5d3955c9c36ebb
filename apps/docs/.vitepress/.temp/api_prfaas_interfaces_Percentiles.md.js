import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Percentiles","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/Percentiles.md","filePath":"api/prfaas/interfaces/Percentiles.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/Percentiles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / Percentiles</p><h1 id="interface-percentiles" tabindex="-1">Interface: Percentiles <a class="header-anchor" href="#interface-percentiles" aria-label="Permalink to &quot;Interface: Percentiles&quot;">​</a></h1><p>P50, P90, P99 and the mean of a sample.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="mean" tabindex="-1">mean <a class="header-anchor" href="#mean" aria-label="Permalink to &quot;mean&quot;">​</a></h3><blockquote><p><strong>mean</strong>: <code>number</code></p></blockquote><hr><h3 id="p50" tabindex="-1">p50 <a class="header-anchor" href="#p50" aria-label="Permalink to &quot;p50&quot;">​</a></h3><blockquote><p><strong>p50</strong>: <code>number</code></p></blockquote><hr><h3 id="p90" tabindex="-1">p90 <a class="header-anchor" href="#p90" aria-label="Permalink to &quot;p90&quot;">​</a></h3><blockquote><p><strong>p90</strong>: <code>number</code></p></blockquote><hr><h3 id="p99" tabindex="-1">p99 <a class="header-anchor" href="#p99" aria-label="Permalink to &quot;p99&quot;">​</a></h3><blockquote><p><strong>p99</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/Percentiles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Percentiles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Percentiles as default
};
