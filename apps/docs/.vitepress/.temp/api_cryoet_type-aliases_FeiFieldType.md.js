import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FeiFieldType","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/FeiFieldType.md","filePath":"api/cryoet/type-aliases/FeiFieldType.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/FeiFieldType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / FeiFieldType</p><h1 id="type-alias-feifieldtype" tabindex="-1">Type Alias: FeiFieldType <a class="header-anchor" href="#type-alias-feifieldtype" aria-label="Permalink to &quot;Type Alias: FeiFieldType&quot;">​</a></h1><blockquote><p><strong>FeiFieldType</strong> = <code>&quot;int32&quot;</code> | <code>&quot;uint32&quot;</code> | <code>&quot;float64&quot;</code> | <code>&quot;int64&quot;</code> | <code>&quot;bool&quot;</code> | <code>&quot;string&quot;</code></p></blockquote><p>Storage type of one FEI metadata field. <code>string</code> fields are NUL-padded Latin-1 text.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/FeiFieldType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FeiFieldType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FeiFieldType as default
};
