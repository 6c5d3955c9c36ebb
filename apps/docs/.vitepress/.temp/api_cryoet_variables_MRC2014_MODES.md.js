import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MRC2014_MODES","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/MRC2014_MODES.md","filePath":"api/cryoet/variables/MRC2014_MODES.md"}');
const _sfc_main = { name: "api/cryoet/variables/MRC2014_MODES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MRC2014_MODES</p><h1 id="variable-mrc2014-modes" tabindex="-1">Variable: MRC2014_MODES <a class="header-anchor" href="#variable-mrc2014-modes" aria-label="Permalink to &quot;Variable: MRC2014\\_MODES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MRC2014_MODES</strong>: readonly <a href="./../type-aliases/MrcMode"><code>MrcMode</code></a>[]</p></blockquote><p>Modes of MRC2014 with the 20141 update, in the order the format lists them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/MRC2014_MODES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MRC2014_MODES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MRC2014_MODES as default
};
