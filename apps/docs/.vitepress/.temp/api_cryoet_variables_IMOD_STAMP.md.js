import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: IMOD_STAMP","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/IMOD_STAMP.md","filePath":"api/cryoet/variables/IMOD_STAMP.md"}');
const _sfc_main = { name: "api/cryoet/variables/IMOD_STAMP.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / IMOD_STAMP</p><h1 id="variable-imod-stamp" tabindex="-1">Variable: IMOD_STAMP <a class="header-anchor" href="#variable-imod-stamp" aria-label="Permalink to &quot;Variable: IMOD\\_STAMP&quot;">​</a></h1><blockquote><p><code>const</code> <strong>IMOD_STAMP</strong>: <code>1146047817</code> = <code>1146047817</code></p></blockquote><p>The int32 IMOD stores at byte 152 (&quot;IMOD&quot; in little-endian order, IMOD_MRC_STAMP in b3dutil.h).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/IMOD_STAMP.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IMOD_STAMP = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IMOD_STAMP as default
};
