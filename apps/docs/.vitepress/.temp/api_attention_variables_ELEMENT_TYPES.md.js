import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ELEMENT_TYPES","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/variables/ELEMENT_TYPES.md","filePath":"api/attention/variables/ELEMENT_TYPES.md"}');
const _sfc_main = { name: "api/attention/variables/ELEMENT_TYPES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / ELEMENT_TYPES</p><h1 id="variable-element-types" tabindex="-1">Variable: ELEMENT_TYPES <a class="header-anchor" href="#variable-element-types" aria-label="Permalink to &quot;Variable: ELEMENT\\_TYPES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>ELEMENT_TYPES</strong>: readonly <a href="./../type-aliases/ElementType"><code>ElementType</code></a>[]</p></blockquote><p>Every supported <a href="./../type-aliases/ElementType">ElementType</a>, in decreasing width.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/variables/ELEMENT_TYPES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ELEMENT_TYPES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ELEMENT_TYPES as default
};
