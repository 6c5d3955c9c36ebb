import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CASE_STUDY_SEEDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/CASE_STUDY_SEEDS.md","filePath":"api/prfaas/variables/CASE_STUDY_SEEDS.md"}');
const _sfc_main = { name: "api/prfaas/variables/CASE_STUDY_SEEDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / CASE_STUDY_SEEDS</p><h1 id="variable-case-study-seeds" tabindex="-1">Variable: CASE_STUDY_SEEDS <a class="header-anchor" href="#variable-case-study-seeds" aria-label="Permalink to &quot;Variable: CASE\\_STUDY\\_SEEDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CASE_STUDY_SEEDS</strong>: readonly <code>number</code>[]</p></blockquote><p>Workload seeds of the published case-study page.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/CASE_STUDY_SEEDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CASE_STUDY_SEEDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CASE_STUDY_SEEDS as default
};
