import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AttentionErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/AttentionErrorCode.md","filePath":"api/attention/type-aliases/AttentionErrorCode.md"}');
const _sfc_main = { name: "api/attention/type-aliases/AttentionErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttentionErrorCode</p><h1 id="type-alias-attentionerrorcode" tabindex="-1">Type Alias: AttentionErrorCode <a class="header-anchor" href="#type-alias-attentionerrorcode" aria-label="Permalink to &quot;Type Alias: AttentionErrorCode&quot;">​</a></h1><blockquote><p><strong>AttentionErrorCode</strong> = <code>&quot;INVALID_DESCRIPTOR&quot;</code> | <code>&quot;INVALID_CONTEXT_LENGTH&quot;</code> | <code>&quot;UNKNOWN_ELEMENT_TYPE&quot;</code> | <code>&quot;UNKNOWN_OPTION&quot;</code> | <code>&quot;INVALID_SHAPE&quot;</code> | <code>&quot;INVALID_ARGUMENT&quot;</code> | <code>&quot;NON_FINITE_INPUT&quot;</code> | <code>&quot;BACKEND_UNAVAILABLE&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/AttentionError">AttentionError</a>, one per kind of invalid input.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/AttentionErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionErrorCode as default
};
