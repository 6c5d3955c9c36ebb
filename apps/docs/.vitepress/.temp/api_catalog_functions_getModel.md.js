import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: getModel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/getModel.md","filePath":"api/catalog/functions/getModel.md"}');
const _sfc_main = { name: "api/catalog/functions/getModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / getModel</p><h1 id="function-getmodel" tabindex="-1">Function: getModel() <a class="header-anchor" href="#function-getmodel" aria-label="Permalink to &quot;Function: getModel()&quot;">​</a></h1><blockquote><p><strong>getModel</strong>(<code>id</code>): <a href="./../interfaces/ModelDescriptor"><code>ModelDescriptor</code></a></p></blockquote><p>Returns the built-in model <code>id</code>, or throws <code>UNKNOWN_MODEL</code> listing the known ids.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModelDescriptor"><code>ModelDescriptor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/getModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const getModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  getModel as default
};
