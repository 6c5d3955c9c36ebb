import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defineModel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/defineModel.md","filePath":"api/catalog/functions/defineModel.md"}');
const _sfc_main = { name: "api/catalog/functions/defineModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / defineModel</p><h1 id="function-definemodel" tabindex="-1">Function: defineModel() <a class="header-anchor" href="#function-definemodel" aria-label="Permalink to &quot;Function: defineModel()&quot;">​</a></h1><blockquote><p><strong>defineModel</strong>(<code>input</code>): <a href="./../interfaces/ModelDescriptor"><code>ModelDescriptor</code></a></p></blockquote><p>Validates <code>input</code> as a <a href="./../interfaces/ModelDescriptor">ModelDescriptor</a>, or throws <code>INVALID_DESCRIPTOR</code> naming the field.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModelDescriptor"><code>ModelDescriptor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/defineModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defineModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defineModel as default
};
