import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: KNOWN_MODES","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/KNOWN_MODES.md","filePath":"api/cryoet/variables/KNOWN_MODES.md"}');
const _sfc_main = { name: "api/cryoet/variables/KNOWN_MODES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / KNOWN_MODES</p><h1 id="variable-known-modes" tabindex="-1">Variable: KNOWN_MODES <a class="header-anchor" href="#variable-known-modes" aria-label="Permalink to &quot;Variable: KNOWN\\_MODES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>KNOWN_MODES</strong>: readonly <a href="./../type-aliases/MrcMode"><code>MrcMode</code></a>[]</p></blockquote><p>Every mode this package reads and writes: the MRC2014 modes and IMOD&#39;s RGB mode 16.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/KNOWN_MODES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KNOWN_MODES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KNOWN_MODES as default
};
