import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: denseBatchForFullMfu()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/denseBatchForFullMfu.md","filePath":"api/afd/functions/denseBatchForFullMfu.md"}');
const _sfc_main = { name: "api/afd/functions/denseBatchForFullMfu.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / denseBatchForFullMfu</p><h1 id="function-densebatchforfullmfu" tabindex="-1">Function: denseBatchForFullMfu() <a class="header-anchor" href="#function-densebatchforfullmfu" aria-label="Permalink to &quot;Function: denseBatchForFullMfu()&quot;">​</a></h1><blockquote><p><strong>denseBatchForFullMfu</strong>(<code>peakFlopsPerSecond</code>, <code>hbmBytesPerSecond</code>, <code>flopEfficiency?</code>, <code>hbmEfficiency?</code>, <code>bytesPerWeight?</code>): <code>number</code></p></blockquote><p>Returns the token batch at which a dense FFN reaches full MFU, <code>F·b / (2·BW)</code> for <code>b</code> bytes per weight: its arithmetic intensity is <code>2·B / b</code> FLOP per byte. The Step-3 report (arXiv 2507.19427) uses 8-bit weights, <code>F / (2·BW)</code>; BF16 weights at the BF16 peak give the same batch. With achievable fractions the threshold scales by <code>flopEfficiency / hbmEfficiency</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="peakflopspersecond" tabindex="-1">peakFlopsPerSecond <a class="header-anchor" href="#peakflopspersecond" aria-label="Permalink to &quot;peakFlopsPerSecond&quot;">​</a></h3><p><code>number</code></p><h3 id="hbmbytespersecond" tabindex="-1">hbmBytesPerSecond <a class="header-anchor" href="#hbmbytespersecond" aria-label="Permalink to &quot;hbmBytesPerSecond&quot;">​</a></h3><p><code>number</code></p><h3 id="flopefficiency" tabindex="-1">flopEfficiency? <a class="header-anchor" href="#flopefficiency" aria-label="Permalink to &quot;flopEfficiency?&quot;">​</a></h3><p><code>number</code> = <code>1</code></p><h3 id="hbmefficiency" tabindex="-1">hbmEfficiency? <a class="header-anchor" href="#hbmefficiency" aria-label="Permalink to &quot;hbmEfficiency?&quot;">​</a></h3><p><code>number</code> = <code>1</code></p><h3 id="bytesperweight" tabindex="-1">bytesPerWeight? <a class="header-anchor" href="#bytesperweight" aria-label="Permalink to &quot;bytesPerWeight?&quot;">​</a></h3><p><code>number</code> = <code>1</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/denseBatchForFullMfu.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const denseBatchForFullMfu = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  denseBatchForFullMfu as default
};
