import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ElementArray","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/ElementArray.md","filePath":"api/kvcache/type-aliases/ElementArray.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/ElementArray.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ElementArray</p><h1 id="type-alias-elementarray" tabindex="-1">Type Alias: ElementArray <a class="header-anchor" href="#type-alias-elementarray" aria-label="Permalink to &quot;Type Alias: ElementArray&quot;">​</a></h1><blockquote><p><strong>ElementArray</strong> = <code>Float32Array</code> | <code>Uint16Array</code></p></blockquote><p>Values of one plane chunk: a <code>Float32Array</code> for fp32, and a <code>Uint16Array</code> of bit patterns for fp16 and bf16.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/ElementArray.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ElementArray = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ElementArray as default
};
