import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SUMMARY_RELATIVE_ACCURACY","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/SUMMARY_RELATIVE_ACCURACY.md","filePath":"api/prfaas/variables/SUMMARY_RELATIVE_ACCURACY.md"}');
const _sfc_main = { name: "api/prfaas/variables/SUMMARY_RELATIVE_ACCURACY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SUMMARY_RELATIVE_ACCURACY</p><h1 id="variable-summary-relative-accuracy" tabindex="-1">Variable: SUMMARY_RELATIVE_ACCURACY <a class="header-anchor" href="#variable-summary-relative-accuracy" aria-label="Permalink to &quot;Variable: SUMMARY\\_RELATIVE\\_ACCURACY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SUMMARY_RELATIVE_ACCURACY</strong>: <code>0.01</code> = <code>0.01</code></p></blockquote><p>Relative accuracy of the summary-mode percentile sketches.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/SUMMARY_RELATIVE_ACCURACY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SUMMARY_RELATIVE_ACCURACY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SUMMARY_RELATIVE_ACCURACY as default
};
