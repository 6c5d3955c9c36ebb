import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CASE_STUDY_CALIBRATION","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/CASE_STUDY_CALIBRATION.md","filePath":"api/prfaas/variables/CASE_STUDY_CALIBRATION.md"}');
const _sfc_main = { name: "api/prfaas/variables/CASE_STUDY_CALIBRATION.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / CASE_STUDY_CALIBRATION</p><h1 id="variable-case-study-calibration" tabindex="-1">Variable: CASE_STUDY_CALIBRATION <a class="header-anchor" href="#variable-case-study-calibration" aria-label="Permalink to &quot;Variable: CASE\\_STUDY\\_CALIBRATION&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CASE_STUDY_CALIBRATION</strong>: <code>object</code></p></blockquote><p>Calibrated values of the <code>case-study</code> preset, from <a href="./../functions/calibrateCaseStudy">calibrateCaseStudy</a>; a test re-fits them.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="bsmax" tabindex="-1">bsMax <a class="header-anchor" href="#bsmax" aria-label="Permalink to &quot;bsMax&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>bsMax</strong>: <code>23</code> = <code>23</code></p></blockquote><p>BS_max fitted so the optimum split is 3 PD-P : 5 PD-D.</p><h3 id="h20relativeefficiency" tabindex="-1">h20RelativeEfficiency <a class="header-anchor" href="#h20relativeefficiency" aria-label="Permalink to &quot;h20RelativeEfficiency&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>h20RelativeEfficiency</strong>: <code>2.019</code> = <code>2.019</code></p></blockquote><p>η_H20 / η_H200 that puts the balanced threshold at 3 PD-P on 19,400 tokens.</p><h3 id="steptimes" tabindex="-1">stepTimeS <a class="header-anchor" href="#steptimes" aria-label="Permalink to &quot;stepTimeS&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>stepTimeS</strong>: <code>0.03103</code> = <code>0.03103</code></p></blockquote><p>T_decode of the roofline decode model at its own BS_max of 287, kept as is.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/CASE_STUDY_CALIBRATION.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CASE_STUDY_CALIBRATION = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CASE_STUDY_CALIBRATION as default
};
