import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FeiBlock","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/FeiBlock.md","filePath":"api/cryoet/type-aliases/FeiBlock.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/FeiBlock.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / FeiBlock</p><h1 id="type-alias-feiblock" tabindex="-1">Type Alias: FeiBlock <a class="header-anchor" href="#type-alias-feiblock" aria-label="Permalink to &quot;Type Alias: FeiBlock&quot;">​</a></h1><blockquote><p><strong>FeiBlock</strong> = <code>Record</code>&lt;<code>string</code>, <code>number</code> | <code>boolean</code> | <code>string</code>&gt;</p></blockquote><p>One decoded FEI block: field name to value (numbers, booleans or trimmed strings).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/FeiBlock.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FeiBlock = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FeiBlock as default
};
