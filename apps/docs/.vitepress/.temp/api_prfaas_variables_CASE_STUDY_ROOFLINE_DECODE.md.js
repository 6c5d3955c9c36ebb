import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CASE_STUDY_ROOFLINE_DECODE","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/CASE_STUDY_ROOFLINE_DECODE.md","filePath":"api/prfaas/variables/CASE_STUDY_ROOFLINE_DECODE.md"}');
const _sfc_main = { name: "api/prfaas/variables/CASE_STUDY_ROOFLINE_DECODE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / CASE_STUDY_ROOFLINE_DECODE</p><h1 id="variable-case-study-roofline-decode" tabindex="-1">Variable: CASE_STUDY_ROOFLINE_DECODE <a class="header-anchor" href="#variable-case-study-roofline-decode" aria-label="Permalink to &quot;Variable: CASE\\_STUDY\\_ROOFLINE\\_DECODE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CASE_STUDY_ROOFLINE_DECODE</strong>: <a href="./../interfaces/RooflineDecodeSettings"><code>RooflineDecodeSettings</code></a></p></blockquote><p>Roofline decode settings for the case study&#39;s 1T model on 8×H20: 4-bit weights (10^12 parameters × 0.5 B, since 8-bit weights would not fit in 768 GB), N_active = 32 × 10^9 (borrowed from Kimi K2&#39;s published 32B activated, Kimi K2 technical report 2025), u = 0.9 (vLLM&#39;s default <code>gpu_memory_utilization</code>), η_bw = 0.8 and η_f = 0.5 (conventions).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/CASE_STUDY_ROOFLINE_DECODE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CASE_STUDY_ROOFLINE_DECODE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CASE_STUDY_ROOFLINE_DECODE as default
};
