import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: caseStudyReport()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/caseStudyReport.md","filePath":"api/prfaas/functions/caseStudyReport.md"}');
const _sfc_main = { name: "api/prfaas/functions/caseStudyReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / caseStudyReport</p><h1 id="function-casestudyreport" tabindex="-1">Function: caseStudyReport() <a class="header-anchor" href="#function-casestudyreport" aria-label="Permalink to &quot;Function: caseStudyReport()&quot;">​</a></h1><blockquote><p><strong>caseStudyReport</strong>(<code>preset?</code>, <code>requestsPerRun?</code>, <code>seeds?</code>): <a href="./../interfaces/CaseStudyReport"><code>CaseStudyReport</code></a></p></blockquote><p>Computes the case-study comparison: the analytical model in both service-time forms and the simulator&#39;s saturation rate for each policy and each workload seed. Takes about a minute on two cores at 20,000 requests per run and ten seeds.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="preset" tabindex="-1">preset? <a class="header-anchor" href="#preset" aria-label="Permalink to &quot;preset?&quot;">​</a></h3><p><a href="./../interfaces/PrfaasPreset"><code>PrfaasPreset</code></a> = <code>CASE_STUDY_PRESET</code></p><h3 id="requestsperrun" tabindex="-1">requestsPerRun? <a class="header-anchor" href="#requestsperrun" aria-label="Permalink to &quot;requestsPerRun?&quot;">​</a></h3><p><code>number</code> = <code>20_000</code></p><h3 id="seeds" tabindex="-1">seeds? <a class="header-anchor" href="#seeds" aria-label="Permalink to &quot;seeds?&quot;">​</a></h3><p>readonly <code>number</code>[] = <code>CASE_STUDY_SEEDS</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/CaseStudyReport"><code>CaseStudyReport</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/caseStudyReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const caseStudyReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  caseStudyReport as default
};
