import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: percentile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/percentile.md","filePath":"api/prfaas/functions/percentile.md"}');
const _sfc_main = { name: "api/prfaas/functions/percentile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / percentile</p><h1 id="function-percentile" tabindex="-1">Function: percentile() <a class="header-anchor" href="#function-percentile" aria-label="Permalink to &quot;Function: percentile()&quot;">​</a></h1><blockquote><p><strong>percentile</strong>(<code>values</code>, <code>q</code>): <code>number</code></p></blockquote><p>Returns the q-th percentile of unsorted <code>values</code> (copied and sorted); see <a href="./percentileOfSorted">percentileOfSorted</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="q" tabindex="-1">q <a class="header-anchor" href="#q" aria-label="Permalink to &quot;q&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/percentile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const percentile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  percentile as default
};
