import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: computeStatistics()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/computeStatistics.md","filePath":"api/cryoet/functions/computeStatistics.md"}');
const _sfc_main = { name: "api/cryoet/functions/computeStatistics.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / computeStatistics</p><h1 id="function-computestatistics" tabindex="-1">Function: computeStatistics() <a class="header-anchor" href="#function-computestatistics" aria-label="Permalink to &quot;Function: computeStatistics()&quot;">​</a></h1><blockquote><p><strong>computeStatistics</strong>(<code>values</code>, <code>complex?</code>): <a href="./../interfaces/VoxelStatistics"><code>VoxelStatistics</code></a></p></blockquote><p>Computes <a href="./../interfaces/VoxelStatistics">VoxelStatistics</a> of one array. Set <code>complex</code> for interleaved modes 3 and 4.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p><h3 id="complex" tabindex="-1">complex? <a class="header-anchor" href="#complex" aria-label="Permalink to &quot;complex?&quot;">​</a></h3><p><code>boolean</code> = <code>false</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/VoxelStatistics"><code>VoxelStatistics</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/computeStatistics.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const computeStatistics = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  computeStatistics as default
};
