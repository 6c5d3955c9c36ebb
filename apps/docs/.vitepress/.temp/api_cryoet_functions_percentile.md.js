import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: percentile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/percentile.md","filePath":"api/cryoet/functions/percentile.md"}');
const _sfc_main = { name: "api/cryoet/functions/percentile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / percentile</p><h1 id="function-percentile" tabindex="-1">Function: percentile() <a class="header-anchor" href="#function-percentile" aria-label="Permalink to &quot;Function: percentile()&quot;">​</a></h1><blockquote><p><strong>percentile</strong>(<code>values</code>, <code>percentileValue</code>): <code>number</code></p></blockquote><p>Returns the value at <code>percentile</code> (0-100) of the finite values, with linear interpolation as NumPy&#39;s default.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="percentilevalue" tabindex="-1">percentileValue <a class="header-anchor" href="#percentilevalue" aria-label="Permalink to &quot;percentileValue&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/percentile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const percentile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  percentile as default
};
