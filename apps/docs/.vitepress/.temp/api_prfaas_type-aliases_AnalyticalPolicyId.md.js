import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AnalyticalPolicyId","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/AnalyticalPolicyId.md","filePath":"api/prfaas/type-aliases/AnalyticalPolicyId.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/AnalyticalPolicyId.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / AnalyticalPolicyId</p><h1 id="type-alias-analyticalpolicyid" tabindex="-1">Type Alias: AnalyticalPolicyId <a class="header-anchor" href="#type-alias-analyticalpolicyid" aria-label="Permalink to &quot;Type Alias: AnalyticalPolicyId&quot;">​</a></h1><blockquote><p><strong>AnalyticalPolicyId</strong> = <em>typeof</em> <a href="./../variables/ANALYTICAL_POLICY_IDS"><code>ANALYTICAL_POLICY_IDS</code></a>[<code>number</code>]</p></blockquote><p>A policy id of the analytical model.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/AnalyticalPolicyId.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AnalyticalPolicyId = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AnalyticalPolicyId as default
};
