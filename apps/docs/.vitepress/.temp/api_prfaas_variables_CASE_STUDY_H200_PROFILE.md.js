import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CASE_STUDY_H200_PROFILE","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/CASE_STUDY_H200_PROFILE.md","filePath":"api/prfaas/variables/CASE_STUDY_H200_PROFILE.md"}');
const _sfc_main = { name: "api/prfaas/variables/CASE_STUDY_H200_PROFILE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / CASE_STUDY_H200_PROFILE</p><h1 id="variable-case-study-h200-profile" tabindex="-1">Variable: CASE_STUDY_H200_PROFILE <a class="header-anchor" href="#variable-case-study-h200-profile" aria-label="Permalink to &quot;Variable: CASE\\_STUDY\\_H200\\_PROFILE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CASE_STUDY_H200_PROFILE</strong>: readonly <a href="./../interfaces/ProfileRow"><code>ProfileRow</code></a>[]</p></blockquote><p>The 1T-parameter hybrid model (Kimi Linear layout, KDA:MLA = 3:1) profiled on one 8×H200 instance under SGLang v0.5.9: Qin et al., &quot;Prefill-as-a-Service: KVCache of Next-Generation Models Could Go Cross-Datacenter&quot;, arXiv:2604.15039 v2, Table 5. Lengths 1K … 128K are read as 1,024 × {1, 8, 32, 128}.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/CASE_STUDY_H200_PROFILE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CASE_STUDY_H200_PROFILE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CASE_STUDY_H200_PROFILE as default
};
