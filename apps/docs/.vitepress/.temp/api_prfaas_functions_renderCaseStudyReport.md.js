import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: renderCaseStudyReport()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/renderCaseStudyReport.md","filePath":"api/prfaas/functions/renderCaseStudyReport.md"}');
const _sfc_main = { name: "api/prfaas/functions/renderCaseStudyReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / renderCaseStudyReport</p><h1 id="function-rendercasestudyreport" tabindex="-1">Function: renderCaseStudyReport() <a class="header-anchor" href="#function-rendercasestudyreport" aria-label="Permalink to &quot;Function: renderCaseStudyReport()&quot;">​</a></h1><blockquote><p><strong>renderCaseStudyReport</strong>(<code>report</code>): <code>string</code></p></blockquote><p>Renders <a href="./../interfaces/CaseStudyReport">CaseStudyReport</a> as the Markdown of the docs page, numbers included.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="report" tabindex="-1">report <a class="header-anchor" href="#report" aria-label="Permalink to &quot;report&quot;">​</a></h3><p><a href="./../interfaces/CaseStudyReport"><code>CaseStudyReport</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/renderCaseStudyReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const renderCaseStudyReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  renderCaseStudyReport as default
};
