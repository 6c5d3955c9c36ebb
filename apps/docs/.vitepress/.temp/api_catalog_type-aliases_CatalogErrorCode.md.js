import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CatalogErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/type-aliases/CatalogErrorCode.md","filePath":"api/catalog/type-aliases/CatalogErrorCode.md"}');
const _sfc_main = { name: "api/catalog/type-aliases/CatalogErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / CatalogErrorCode</p><h1 id="type-alias-catalogerrorcode" tabindex="-1">Type Alias: CatalogErrorCode <a class="header-anchor" href="#type-alias-catalogerrorcode" aria-label="Permalink to &quot;Type Alias: CatalogErrorCode&quot;">​</a></h1><blockquote><p><strong>CatalogErrorCode</strong> = <code>&quot;INVALID_DESCRIPTOR&quot;</code> | <code>&quot;INVALID_JSON&quot;</code> | <code>&quot;INVALID_MODEL_CONFIG&quot;</code> | <code>&quot;MISSING_CONFIG_FIELD&quot;</code> | <code>&quot;UNSUPPORTED_ARCHITECTURE&quot;</code> | <code>&quot;UNKNOWN_MODEL&quot;</code> | <code>&quot;UNKNOWN_ACCELERATOR&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/CatalogError">CatalogError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/type-aliases/CatalogErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CatalogErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CatalogErrorCode as default
};
