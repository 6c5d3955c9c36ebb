import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SHREC_CLASSES","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/SHREC_CLASSES.md","filePath":"api/cryoet/variables/SHREC_CLASSES.md"}');
const _sfc_main = { name: "api/cryoet/variables/SHREC_CLASSES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / SHREC_CLASSES</p><h1 id="variable-shrec-classes" tabindex="-1">Variable: SHREC_CLASSES <a class="header-anchor" href="#variable-shrec-classes" aria-label="Permalink to &quot;Variable: SHREC\\_CLASSES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SHREC_CLASSES</strong>: readonly [<code>&quot;4V94&quot;</code>, <code>&quot;4CR2&quot;</code>, <code>&quot;1QVR&quot;</code>, <code>&quot;1BXN&quot;</code>, <code>&quot;3CF3&quot;</code>, <code>&quot;1U6G&quot;</code>, <code>&quot;3D2F&quot;</code>, <code>&quot;2CG9&quot;</code>, <code>&quot;3H84&quot;</code>, <code>&quot;3GL1&quot;</code>, <code>&quot;3QM1&quot;</code>, <code>&quot;1S3X&quot;</code>, <code>&quot;5MRC&quot;</code>, <code>&quot;vesicle&quot;</code>, <code>&quot;fiducial&quot;</code>]</p></blockquote><p>The 15 SHREC 2021 classes in class-mask order (value 1 is 4V94, 15 is fiducial; 0 is background).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/SHREC_CLASSES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SHREC_CLASSES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SHREC_CLASSES as default
};
