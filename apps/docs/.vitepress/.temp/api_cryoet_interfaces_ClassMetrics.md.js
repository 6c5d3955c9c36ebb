import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ClassMetrics","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ClassMetrics.md","filePath":"api/cryoet/interfaces/ClassMetrics.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ClassMetrics.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ClassMetrics</p><h1 id="interface-classmetrics" tabindex="-1">Interface: ClassMetrics <a class="header-anchor" href="#interface-classmetrics" aria-label="Permalink to &quot;Interface: ClassMetrics&quot;">​</a></h1><p>Per-class metrics from the confusion matrix. NaN marks an undefined ratio. F1 is 2·TP / (2·TP + FP + FN), which equals 2PR / (P + R) wherever both are defined. It is 0 for a class with particles or predictions but no true positive, and NaN only for a class with neither. This is pycm&#39;s F1 (F_calc in pycm/pycm_class_func.py of GitHub sepandhaghighi/pycm), which the official evaluation reports.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="f1" tabindex="-1">f1 <a class="header-anchor" href="#f1" aria-label="Permalink to &quot;f1&quot;">​</a></h3><blockquote><p><strong>f1</strong>: <code>number</code></p></blockquote><hr><h3 id="particles" tabindex="-1">particles <a class="header-anchor" href="#particles" aria-label="Permalink to &quot;particles&quot;">​</a></h3><blockquote><p><strong>particles</strong>: <code>number</code></p></blockquote><p>Ground-truth particles of the class that were scored.</p><hr><h3 id="precision" tabindex="-1">precision <a class="header-anchor" href="#precision" aria-label="Permalink to &quot;precision&quot;">​</a></h3><blockquote><p><strong>precision</strong>: <code>number</code></p></blockquote><hr><h3 id="recall" tabindex="-1">recall <a class="header-anchor" href="#recall" aria-label="Permalink to &quot;recall&quot;">​</a></h3><blockquote><p><strong>recall</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ClassMetrics.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClassMetrics = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClassMetrics as default
};
