import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: searchOperatingPoint()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/searchOperatingPoint.md","filePath":"api/prfaas/functions/searchOperatingPoint.md"}');
const _sfc_main = { name: "api/prfaas/functions/searchOperatingPoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / searchOperatingPoint</p><h1 id="function-searchoperatingpoint" tabindex="-1">Function: searchOperatingPoint() <a class="header-anchor" href="#function-searchoperatingpoint" aria-label="Permalink to &quot;Function: searchOperatingPoint()&quot;">​</a></h1><blockquote><p><strong>searchOperatingPoint</strong>(<code>input</code>): <a href="./../interfaces/OperatingPoint"><code>OperatingPoint</code></a></p></blockquote><p>Searches the threshold t and the split N_p : N_d for the largest Λ_max. Ties break by lower predicted egress, then larger t, then smaller N_p.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/GridSearchInput"><code>GridSearchInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/OperatingPoint"><code>OperatingPoint</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/searchOperatingPoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const searchOperatingPoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  searchOperatingPoint as default
};
