import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: summarize()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/summarize.md","filePath":"api/prfaas/functions/summarize.md"}');
const _sfc_main = { name: "api/prfaas/functions/summarize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / summarize</p><h1 id="function-summarize" tabindex="-1">Function: summarize() <a class="header-anchor" href="#function-summarize" aria-label="Permalink to &quot;Function: summarize()&quot;">​</a></h1><blockquote><p><strong>summarize</strong>(<code>values</code>): <a href="./../interfaces/Percentiles"><code>Percentiles</code></a> | <code>null</code></p></blockquote><p>Returns <a href="./../interfaces/Percentiles">Percentiles</a> of <code>values</code>, or null for no samples.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Percentiles"><code>Percentiles</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/summarize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const summarize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  summarize as default
};
