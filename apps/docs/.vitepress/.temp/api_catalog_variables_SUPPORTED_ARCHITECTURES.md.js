import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SUPPORTED_ARCHITECTURES","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/variables/SUPPORTED_ARCHITECTURES.md","filePath":"api/catalog/variables/SUPPORTED_ARCHITECTURES.md"}');
const _sfc_main = { name: "api/catalog/variables/SUPPORTED_ARCHITECTURES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / SUPPORTED_ARCHITECTURES</p><h1 id="variable-supported-architectures" tabindex="-1">Variable: SUPPORTED_ARCHITECTURES <a class="header-anchor" href="#variable-supported-architectures" aria-label="Permalink to &quot;Variable: SUPPORTED\\_ARCHITECTURES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SUPPORTED_ARCHITECTURES</strong>: readonly <code>string</code>[]</p></blockquote><p>Every <code>architectures[0]</code> value <a href="./../functions/importHfConfig">importHfConfig</a> accepts.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/variables/SUPPORTED_ARCHITECTURES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SUPPORTED_ARCHITECTURES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SUPPORTED_ARCHITECTURES as default
};
