import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PolicyId","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/PolicyId.md","filePath":"api/prfaas/type-aliases/PolicyId.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/PolicyId.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PolicyId</p><h1 id="type-alias-policyid" tabindex="-1">Type Alias: PolicyId <a class="header-anchor" href="#type-alias-policyid" aria-label="Permalink to &quot;Type Alias: PolicyId&quot;">​</a></h1><blockquote><p><strong>PolicyId</strong> = <em>typeof</em> <a href="./../variables/POLICY_IDS"><code>POLICY_IDS</code></a>[<code>number</code>]</p></blockquote><p>A routing policy id.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/PolicyId.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PolicyId = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PolicyId as default
};
