import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: HEADER_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/HEADER_BYTES.md","filePath":"api/cryoet/variables/HEADER_BYTES.md"}');
const _sfc_main = { name: "api/cryoet/variables/HEADER_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / HEADER_BYTES</p><h1 id="variable-header-bytes" tabindex="-1">Variable: HEADER_BYTES <a class="header-anchor" href="#variable-header-bytes" aria-label="Permalink to &quot;Variable: HEADER\\_BYTES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>HEADER_BYTES</strong>: <code>1024</code> = <code>1024</code></p></blockquote><p>Size of the main header in bytes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/HEADER_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HEADER_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HEADER_BYTES as default
};
