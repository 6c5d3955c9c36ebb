import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ShrecClass","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/ShrecClass.md","filePath":"api/cryoet/type-aliases/ShrecClass.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/ShrecClass.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ShrecClass</p><h1 id="type-alias-shrecclass" tabindex="-1">Type Alias: ShrecClass <a class="header-anchor" href="#type-alias-shrecclass" aria-label="Permalink to &quot;Type Alias: ShrecClass&quot;">​</a></h1><blockquote><p><strong>ShrecClass</strong> = <em>typeof</em> <a href="./../variables/SHREC_CLASSES"><code>SHREC_CLASSES</code></a>[<code>number</code>]</p></blockquote><p>A SHREC 2021 class name.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/ShrecClass.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ShrecClass = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ShrecClass as default
};
