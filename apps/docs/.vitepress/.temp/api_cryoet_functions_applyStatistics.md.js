import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: applyStatistics()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/applyStatistics.md","filePath":"api/cryoet/functions/applyStatistics.md"}');
const _sfc_main = { name: "api/cryoet/functions/applyStatistics.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / applyStatistics</p><h1 id="function-applystatistics" tabindex="-1">Function: applyStatistics() <a class="header-anchor" href="#function-applystatistics" aria-label="Permalink to &quot;Function: applyStatistics()&quot;">​</a></h1><blockquote><p><strong>applyStatistics</strong>(<code>header</code>, <code>statistics</code>, <code>mode</code>, <code>log</code>): <code>void</code></p></blockquote><p>Stores <code>statistics</code> in the header by the writer&#39;s rules: sentinels for non-finite data, complex RMS only.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p><h3 id="statistics" tabindex="-1">statistics <a class="header-anchor" href="#statistics" aria-label="Permalink to &quot;statistics&quot;">​</a></h3><p><a href="./../interfaces/VoxelStatistics"><code>VoxelStatistics</code></a></p><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h3 id="log" tabindex="-1">log <a class="header-anchor" href="#log" aria-label="Permalink to &quot;log&quot;">​</a></h3><p><a href="./../classes/ProblemLog"><code>ProblemLog</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/applyStatistics.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applyStatistics = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applyStatistics as default
};
