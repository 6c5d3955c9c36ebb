import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: empiricalDistribution()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/empiricalDistribution.md","filePath":"api/prfaas/functions/empiricalDistribution.md"}');
const _sfc_main = { name: "api/prfaas/functions/empiricalDistribution.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / empiricalDistribution</p><h1 id="function-empiricaldistribution" tabindex="-1">Function: empiricalDistribution() <a class="header-anchor" href="#function-empiricaldistribution" aria-label="Permalink to &quot;Function: empiricalDistribution()&quot;">​</a></h1><blockquote><p><strong>empiricalDistribution</strong>(<code>lengths</code>): <a href="./../interfaces/LengthDistribution"><code>LengthDistribution</code></a></p></blockquote><p>Returns the empirical distribution of <code>lengths</code> (for example a trace&#39;s incremental lengths). Partial expectations of a function are exact sums, cached per function as prefix sums over the sorted lengths, so repeated queries cost O(log n).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="lengths" tabindex="-1">lengths <a class="header-anchor" href="#lengths" aria-label="Permalink to &quot;lengths&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LengthDistribution"><code>LengthDistribution</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>EMPTY_INPUT</code> when <code>lengths</code> is empty.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/empiricalDistribution.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const empiricalDistribution = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  empiricalDistribution as default
};
