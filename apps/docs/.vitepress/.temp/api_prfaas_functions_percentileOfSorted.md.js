import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: percentileOfSorted()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/percentileOfSorted.md","filePath":"api/prfaas/functions/percentileOfSorted.md"}');
const _sfc_main = { name: "api/prfaas/functions/percentileOfSorted.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / percentileOfSorted</p><h1 id="function-percentileofsorted" tabindex="-1">Function: percentileOfSorted() <a class="header-anchor" href="#function-percentileofsorted" aria-label="Permalink to &quot;Function: percentileOfSorted()&quot;">​</a></h1><blockquote><p><strong>percentileOfSorted</strong>(<code>sorted</code>, <code>q</code>): <code>number</code></p></blockquote><p>Returns the q-th percentile (0 ≤ q ≤ 100) of <code>sorted</code> (ascending) by linear interpolation, numpy&#39;s default (Hyndman–Fan type 7): h = (n − 1)·q/100, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="sorted" tabindex="-1">sorted <a class="header-anchor" href="#sorted" aria-label="Permalink to &quot;sorted&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="q" tabindex="-1">q <a class="header-anchor" href="#q" aria-label="Permalink to &quot;q&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>EMPTY_INPUT</code> for no samples, <code>INVALID_OPTION</code> for q outside [0, 100].</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/percentileOfSorted.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const percentileOfSorted = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  percentileOfSorted as default
};
