import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ShrecEvaluationOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ShrecEvaluationOptions.md","filePath":"api/cryoet/interfaces/ShrecEvaluationOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ShrecEvaluationOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ShrecEvaluationOptions</p><h1 id="interface-shrecevaluationoptions" tabindex="-1">Interface: ShrecEvaluationOptions <a class="header-anchor" href="#interface-shrecevaluationoptions" aria-label="Permalink to &quot;Interface: ShrecEvaluationOptions&quot;">​</a></h1><p>Options of <a href="./../functions/evaluateShrec">evaluateShrec</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="dilationfootprint" tabindex="-1">dilationFootprint? <a class="header-anchor" href="#dilationfootprint" aria-label="Permalink to &quot;dilationFootprint?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>dilationFootprint?</strong>: <a href="./../type-aliases/DilationFootprint"><code>DilationFootprint</code></a></p></blockquote><p>Default <code>cross</code>, the footprint of scikit-image&#39;s default grey dilation in 3-D.</p><hr><h3 id="excludedclasses" tabindex="-1">excludedClasses? <a class="header-anchor" href="#excludedclasses" aria-label="Permalink to &quot;excludedClasses?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>excludedClasses?</strong>: readonly (<code>&quot;4V94&quot;</code> | <code>&quot;4CR2&quot;</code> | <code>&quot;1QVR&quot;</code> | <code>&quot;1BXN&quot;</code> | <code>&quot;3CF3&quot;</code> | <code>&quot;1U6G&quot;</code> | <code>&quot;3D2F&quot;</code> | <code>&quot;2CG9&quot;</code> | <code>&quot;3H84&quot;</code> | <code>&quot;3GL1&quot;</code> | <code>&quot;3QM1&quot;</code> | <code>&quot;1S3X&quot;</code> | <code>&quot;5MRC&quot;</code> | <code>&quot;vesicle&quot;</code> | <code>&quot;fiducial&quot;</code>)[]</p></blockquote><p>Classes left out of scoring. Default 4V94 and vesicle, as in the official evaluation.</p><hr><h3 id="ngtexcludesvesicles" tabindex="-1">nGtExcludesVesicles? <a class="header-anchor" href="#ngtexcludesvesicles" aria-label="Permalink to &quot;nGtExcludesVesicles?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>nGtExcludesVesicles?</strong>: <code>boolean</code></p></blockquote><p>Remove vesicles from the recall denominator N_gt. Default false, which reproduces the official script, where N_gt subtracts 4V94 particles but still counts vesicles.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ShrecEvaluationOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ShrecEvaluationOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ShrecEvaluationOptions as default
};
