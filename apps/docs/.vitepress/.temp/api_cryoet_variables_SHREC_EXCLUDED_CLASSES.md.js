import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SHREC_EXCLUDED_CLASSES","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/SHREC_EXCLUDED_CLASSES.md","filePath":"api/cryoet/variables/SHREC_EXCLUDED_CLASSES.md"}');
const _sfc_main = { name: "api/cryoet/variables/SHREC_EXCLUDED_CLASSES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / SHREC_EXCLUDED_CLASSES</p><h1 id="variable-shrec-excluded-classes" tabindex="-1">Variable: SHREC_EXCLUDED_CLASSES <a class="header-anchor" href="#variable-shrec-excluded-classes" aria-label="Permalink to &quot;Variable: SHREC\\_EXCLUDED\\_CLASSES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SHREC_EXCLUDED_CLASSES</strong>: readonly <a href="./../type-aliases/ShrecClass"><code>ShrecClass</code></a>[]</p></blockquote><p>Classes the official evaluation leaves out of scoring: 4V94 and vesicles.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/SHREC_EXCLUDED_CLASSES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SHREC_EXCLUDED_CLASSES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SHREC_EXCLUDED_CLASSES as default
};
