import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SourceValidationReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/SourceValidationReport.md","filePath":"api/cryoet/interfaces/SourceValidationReport.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/SourceValidationReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / SourceValidationReport</p><h1 id="interface-sourcevalidationreport" tabindex="-1">Interface: SourceValidationReport <a class="header-anchor" href="#interface-sourcevalidationreport" aria-label="Permalink to &quot;Interface: SourceValidationReport&quot;">​</a></h1><p>Result of <a href="./../functions/validateMrcSource">validateMrcSource</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><blockquote><p><strong>layout</strong>: <a href="./MrcLayout"><code>MrcLayout</code></a> | <code>null</code></p></blockquote><p>The file&#39;s layout from a permissive open, or null when the file could not be opened (check 1).</p><hr><h3 id="problems" tabindex="-1">problems <a class="header-anchor" href="#problems" aria-label="Permalink to &quot;problems&quot;">​</a></h3><blockquote><p><strong>problems</strong>: <a href="./MrcWarning"><code>MrcWarning</code></a>[]</p></blockquote><p>Every failed check in check order, with the message a read gives for it.</p><hr><h3 id="statistics" tabindex="-1">statistics <a class="header-anchor" href="#statistics" aria-label="Permalink to &quot;statistics&quot;">​</a></h3><blockquote><p><strong>statistics</strong>: <a href="./VoxelStatistics"><code>VoxelStatistics</code></a> | <code>null</code></p></blockquote><p>Statistics of the data, or null when the data cannot be read, is empty, is RGB (mode 16), or the header&#39;s statistics are all undetermined, so that checks 9 and 10 compare nothing.</p><hr><h3 id="valid" tabindex="-1">valid <a class="header-anchor" href="#valid" aria-label="Permalink to &quot;valid&quot;">​</a></h3><blockquote><p><strong>valid</strong>: <code>boolean</code></p></blockquote><p>False when any check failed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/SourceValidationReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SourceValidationReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SourceValidationReport as default
};
