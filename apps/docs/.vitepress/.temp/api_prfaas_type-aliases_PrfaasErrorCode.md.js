import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PrfaasErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/PrfaasErrorCode.md","filePath":"api/prfaas/type-aliases/PrfaasErrorCode.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/PrfaasErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PrfaasErrorCode</p><h1 id="type-alias-prfaaserrorcode" tabindex="-1">Type Alias: PrfaasErrorCode <a class="header-anchor" href="#type-alias-prfaaserrorcode" aria-label="Permalink to &quot;Type Alias: PrfaasErrorCode&quot;">​</a></h1><blockquote><p><strong>PrfaasErrorCode</strong> = <code>&quot;MALFORMED_TRACE&quot;</code> | <code>&quot;INVALID_OPTION&quot;</code> | <code>&quot;INVALID_PROFILE&quot;</code> | <code>&quot;EMPTY_INPUT&quot;</code> | <code>&quot;UNKNOWN_ID&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/PrfaasError">PrfaasError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/PrfaasErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PrfaasErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PrfaasErrorCode as default
};
