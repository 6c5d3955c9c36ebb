import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ElementTypeName","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/ElementTypeName.md","filePath":"api/kvcache/type-aliases/ElementTypeName.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/ElementTypeName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ElementTypeName</p><h1 id="type-alias-elementtypename" tabindex="-1">Type Alias: ElementTypeName <a class="header-anchor" href="#type-alias-elementtypename" aria-label="Permalink to &quot;Type Alias: ElementTypeName&quot;">​</a></h1><blockquote><p><strong>ElementTypeName</strong> = keyof <em>typeof</em> <a href="./../variables/ELEMENT_TYPE_IDS"><code>ELEMENT_TYPE_IDS</code></a></p></blockquote><p>Any element type a frame can name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/ElementTypeName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ElementTypeName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ElementTypeName as default
};
