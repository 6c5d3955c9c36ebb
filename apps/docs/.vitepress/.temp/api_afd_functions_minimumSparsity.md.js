import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: minimumSparsity()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/minimumSparsity.md","filePath":"api/afd/functions/minimumSparsity.md"}');
const _sfc_main = { name: "api/afd/functions/minimumSparsity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / minimumSparsity</p><h1 id="function-minimumsparsity" tabindex="-1">Function: minimumSparsity() <a class="header-anchor" href="#function-minimumsparsity" aria-label="Permalink to &quot;Function: minimumSparsity()&quot;">​</a></h1><blockquote><p><strong>minimumSparsity</strong>(<code>options</code>): <code>number</code></p></blockquote><p>Returns the minimum MoE sparsity at which the AFD network stays off the critical path, <code>s_min = H·F·L·b / (Net·BW·T)</code>, with per-card <code>F</code> and <code>BW</code>, <code>Net</code> the NIC bandwidth of one server (times <code>nicEfficiency</code>, 1 in the report), <code>b</code> bytes per FFN weight (1 in the report) and <code>T = (2/3)·TPOT / stages</code>: 11.1 ms at a 50 ms TPOT in three stages.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><h4 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h4><p><code>AcceleratorDescriptor</code></p><h4 id="bytesperweight" tabindex="-1">bytesPerWeight? <a class="header-anchor" href="#bytesperweight" aria-label="Permalink to &quot;bytesPerWeight?&quot;">​</a></h4><p><code>number</code></p><h4 id="hiddensize" tabindex="-1">hiddenSize <a class="header-anchor" href="#hiddensize" aria-label="Permalink to &quot;hiddenSize&quot;">​</a></h4><p><code>number</code></p><h4 id="layercount" tabindex="-1">layerCount <a class="header-anchor" href="#layercount" aria-label="Permalink to &quot;layerCount&quot;">​</a></h4><p><code>number</code></p><h4 id="nicefficiency" tabindex="-1">nicEfficiency? <a class="header-anchor" href="#nicefficiency" aria-label="Permalink to &quot;nicEfficiency?&quot;">​</a></h4><p><code>number</code></p><h4 id="peakflopspersecond" tabindex="-1">peakFlopsPerSecond <a class="header-anchor" href="#peakflopspersecond" aria-label="Permalink to &quot;peakFlopsPerSecond&quot;">​</a></h4><p><code>number</code></p><h4 id="stages" tabindex="-1">stages <a class="header-anchor" href="#stages" aria-label="Permalink to &quot;stages&quot;">​</a></h4><p><code>number</code></p><h4 id="tpotms" tabindex="-1">tpotMs <a class="header-anchor" href="#tpotms" aria-label="Permalink to &quot;tpotMs&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/minimumSparsity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const minimumSparsity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  minimumSparsity as default
};
