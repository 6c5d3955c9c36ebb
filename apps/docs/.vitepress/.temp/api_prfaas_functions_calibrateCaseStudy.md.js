import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: calibrateCaseStudy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/calibrateCaseStudy.md","filePath":"api/prfaas/functions/calibrateCaseStudy.md"}');
const _sfc_main = { name: "api/prfaas/functions/calibrateCaseStudy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / calibrateCaseStudy</p><h1 id="function-calibratecasestudy" tabindex="-1">Function: calibrateCaseStudy() <a class="header-anchor" href="#function-calibratecasestudy" aria-label="Permalink to &quot;Function: calibrateCaseStudy()&quot;">​</a></h1><blockquote><p><strong>calibrateCaseStudy</strong>(<code>base?</code>): <a href="./../interfaces/CaseStudyCalibration"><code>CaseStudyCalibration</code></a></p></blockquote><p>Fits the two unpublished quantities of the case study so that the analytical model&#39;s own optimum lands on the published operating point (3 PD-P, 5 PD-D, t ≈ 19,400, about half offloaded). Nothing is fitted to throughput.</p><ol><li><code>h20RelativeEfficiency</code> by bisection on its logarithm, so that at 3 PD-P and t = 19,400 both prefill paths saturate together: Θ_prfaas / p = Θ_pd-p / (1 − p).</li><li>T_decode stays at the roofline step time of <a href="./rooflineDecode">rooflineDecode</a>, and BS_max is rounded so one PD-D instance serves about d requests/s with d = Λ₃ · (1/4 + 1/5) / 2, the middle of the range [Λ₃/5, Λ₃/4] in which 5 PD-D instances do not bind at 3 PD-P and 4 PD-D instances would bind at 4 PD-P (Λ₃ is the balanced prefill rate at 3 PD-P). The roofline&#39;s own BS_max leaves decode about 12 times too cheap for that split.</li></ol><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="base" tabindex="-1">base? <a class="header-anchor" href="#base" aria-label="Permalink to &quot;base?&quot;">​</a></h3><p><a href="./../interfaces/PrfaasPreset"><code>PrfaasPreset</code></a> = <code>CASE_STUDY_PRESET</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/CaseStudyCalibration"><code>CaseStudyCalibration</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/calibrateCaseStudy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const calibrateCaseStudy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  calibrateCaseStudy as default
};
