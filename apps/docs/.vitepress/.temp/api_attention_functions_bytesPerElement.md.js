import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bytesPerElement()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/bytesPerElement.md","filePath":"api/attention/functions/bytesPerElement.md"}');
const _sfc_main = { name: "api/attention/functions/bytesPerElement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / bytesPerElement</p><h1 id="function-bytesperelement" tabindex="-1">Function: bytesPerElement() <a class="header-anchor" href="#function-bytesperelement" aria-label="Permalink to &quot;Function: bytesPerElement()&quot;">​</a></h1><blockquote><p><strong>bytesPerElement</strong>(<code>type</code>): <code>number</code></p></blockquote><p>Returns the storage size of one element of <code>type</code> in bytes, or throws <code>UNKNOWN_ELEMENT_TYPE</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><p><a href="./../type-aliases/ElementType"><code>ElementType</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/bytesPerElement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bytesPerElement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bytesPerElement as default
};
