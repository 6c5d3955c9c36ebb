import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: evaluateShrec()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/evaluateShrec.md","filePath":"api/cryoet/functions/evaluateShrec.md"}');
const _sfc_main = { name: "api/cryoet/functions/evaluateShrec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / evaluateShrec</p><h1 id="function-evaluateshrec" tabindex="-1">Function: evaluateShrec() <a class="header-anchor" href="#function-evaluateshrec" aria-label="Permalink to &quot;Function: evaluateShrec()&quot;">​</a></h1><blockquote><p><strong>evaluateShrec</strong>(<code>groundTruth</code>, <code>occupancy</code>, <code>submission</code>, <code>options?</code>): <a href="./../interfaces/ShrecEvaluation"><code>ShrecEvaluation</code></a></p></blockquote><p>Scores a submission against SHREC 2021 ground truth: dilated occupancy lookup of rounded and clipped coordinates, hits grouped by particle, TP/FP/FN, recall, precision, F1, the mean distance, and the confusion matrix of first-hit classes with per-class recall, precision and F1.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="groundtruth" tabindex="-1">groundTruth <a class="header-anchor" href="#groundtruth" aria-label="Permalink to &quot;groundTruth&quot;">​</a></h3><p>readonly <a href="./../interfaces/Particle"><code>Particle</code></a>[]</p><h3 id="occupancy" tabindex="-1">occupancy <a class="header-anchor" href="#occupancy" aria-label="Permalink to &quot;occupancy&quot;">​</a></h3><p><a href="./../interfaces/OccupancyMask"><code>OccupancyMask</code></a></p><h3 id="submission" tabindex="-1">submission <a class="header-anchor" href="#submission" aria-label="Permalink to &quot;submission&quot;">​</a></h3><p>readonly <a href="./../interfaces/Particle"><code>Particle</code></a>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ShrecEvaluationOptions"><code>ShrecEvaluationOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ShrecEvaluation"><code>ShrecEvaluation</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/evaluateShrec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const evaluateShrec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  evaluateShrec as default
};
