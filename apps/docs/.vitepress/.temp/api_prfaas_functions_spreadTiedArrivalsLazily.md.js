import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: spreadTiedArrivalsLazily()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/spreadTiedArrivalsLazily.md","filePath":"api/prfaas/functions/spreadTiedArrivalsLazily.md"}');
const _sfc_main = { name: "api/prfaas/functions/spreadTiedArrivalsLazily.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / spreadTiedArrivalsLazily</p><h1 id="function-spreadtiedarrivalslazily" tabindex="-1">Function: spreadTiedArrivalsLazily() <a class="header-anchor" href="#function-spreadtiedarrivalslazily" aria-label="Permalink to &quot;Function: spreadTiedArrivalsLazily()&quot;">​</a></h1><blockquote><p><strong>spreadTiedArrivalsLazily</strong>(<code>requests</code>, <code>seed</code>): <code>Generator</code>&lt;<a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>&gt;</p></blockquote><p>Spreads tied arrivals like <a href="./spreadTiedArrivals">spreadTiedArrivals</a>, with the same output for the same seed, but lazily: it keeps one group of tied requests in memory at a time, so it suits traces read as a stream. <code>requests</code> must be in arrival order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="requests" tabindex="-1">requests <a class="header-anchor" href="#requests" aria-label="Permalink to &quot;requests&quot;">​</a></h3><p><code>Iterable</code>&lt;<a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>&gt;</p><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Generator</code>&lt;<a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/spreadTiedArrivalsLazily.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const spreadTiedArrivalsLazily = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  spreadTiedArrivalsLazily as default
};
