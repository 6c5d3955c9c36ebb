import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tablePrefillModel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/tablePrefillModel.md","filePath":"api/prfaas/functions/tablePrefillModel.md"}');
const _sfc_main = { name: "api/prfaas/functions/tablePrefillModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / tablePrefillModel</p><h1 id="function-tableprefillmodel" tabindex="-1">Function: tablePrefillModel() <a class="header-anchor" href="#function-tableprefillmodel" aria-label="Permalink to &quot;Function: tablePrefillModel()&quot;">​</a></h1><blockquote><p><strong>tablePrefillModel</strong>(<code>rows</code>): <a href="./../interfaces/TablePrefillModel"><code>TablePrefillModel</code></a></p></blockquote><p>Builds a cost model from a measured profile table. Inside the table&#39;s range it interpolates linearly between rows. Outside it uses least-squares fits (a line for KV bytes, a quadratic for prefill time), shifted by a constant so they meet the nearest table row and the curve does not jump at the boundary. Each lookup outside the range is counted.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p>readonly <a href="./../interfaces/ProfileRow"><code>ProfileRow</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/TablePrefillModel"><code>TablePrefillModel</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>INVALID_PROFILE</code> for fewer than 3 rows, unsorted or non-positive values.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/tablePrefillModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tablePrefillModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tablePrefillModel as default
};
