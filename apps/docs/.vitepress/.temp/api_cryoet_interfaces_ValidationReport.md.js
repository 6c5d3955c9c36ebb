import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ValidationReport","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ValidationReport.md","filePath":"api/cryoet/interfaces/ValidationReport.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ValidationReport.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ValidationReport</p><h1 id="interface-validationreport" tabindex="-1">Interface: ValidationReport <a class="header-anchor" href="#interface-validationreport" aria-label="Permalink to &quot;Interface: ValidationReport&quot;">​</a></h1><p>Result of <a href="./../functions/validateMrc">validateMrc</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><blockquote><p><strong>file</strong>: <a href="./MrcFile"><code>MrcFile</code></a> | <code>null</code></p></blockquote><p>The permissive read of the file, or null when check 1 failed.</p><hr><h3 id="problems" tabindex="-1">problems <a class="header-anchor" href="#problems" aria-label="Permalink to &quot;problems&quot;">​</a></h3><blockquote><p><strong>problems</strong>: <a href="./MrcWarning"><code>MrcWarning</code></a>[]</p></blockquote><p>Every failed check in check order, with the message a read gives for it.</p><hr><h3 id="statistics" tabindex="-1">statistics <a class="header-anchor" href="#statistics" aria-label="Permalink to &quot;statistics&quot;">​</a></h3><blockquote><p><strong>statistics</strong>: <a href="./VoxelStatistics"><code>VoxelStatistics</code></a> | <code>null</code></p></blockquote><p>Statistics of the data, when the data could be read and is not empty.</p><hr><h3 id="valid" tabindex="-1">valid <a class="header-anchor" href="#valid" aria-label="Permalink to &quot;valid&quot;">​</a></h3><blockquote><p><strong>valid</strong>: <code>boolean</code></p></blockquote><p>False when any check failed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ValidationReport.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ValidationReport = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ValidationReport as default
};
