import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: spreadTiedArrivals()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/spreadTiedArrivals.md","filePath":"api/prfaas/functions/spreadTiedArrivals.md"}');
const _sfc_main = { name: "api/prfaas/functions/spreadTiedArrivals.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / spreadTiedArrivals</p><h1 id="function-spreadtiedarrivals" tabindex="-1">Function: spreadTiedArrivals() <a class="header-anchor" href="#function-spreadtiedarrivals" aria-label="Permalink to &quot;Function: spreadTiedArrivals()&quot;">​</a></h1><blockquote><p><strong>spreadTiedArrivals</strong>(<code>requests</code>, <code>seed</code>): <a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>[]</p></blockquote><p>Spreads each group of requests that share a timestamp uniformly over the gap to the next distinct timestamp, drawing from the <code>tie-spreading</code> stream of <code>seed</code>, and re-sorts stably. The last group keeps its time. Use it for traces whose timestamps sit on a coarse grid.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="requests" tabindex="-1">requests <a class="header-anchor" href="#requests" aria-label="Permalink to &quot;requests&quot;">​</a></h3><p>readonly <a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>[]</p><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/spreadTiedArrivals.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const spreadTiedArrivals = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  spreadTiedArrivals as default
};
