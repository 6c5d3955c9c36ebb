import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DecodedElementType","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/DecodedElementType.md","filePath":"api/kvcache/type-aliases/DecodedElementType.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/DecodedElementType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / DecodedElementType</p><h1 id="type-alias-decodedelementtype" tabindex="-1">Type Alias: DecodedElementType <a class="header-anchor" href="#type-alias-decodedelementtype" aria-label="Permalink to &quot;Type Alias: DecodedElementType&quot;">​</a></h1><blockquote><p><strong>DecodedElementType</strong> = <code>&quot;fp32&quot;</code> | <code>&quot;fp16&quot;</code> | <code>&quot;bf16&quot;</code></p></blockquote><p>The element types a plane&#39;s values are given and decoded in.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/DecodedElementType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecodedElementType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecodedElementType as default
};
