import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlanRates","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/PlanRates.md","filePath":"api/afd/interfaces/PlanRates.md"}');
const _sfc_main = { name: "api/afd/interfaces/PlanRates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / PlanRates</p><h1 id="interface-planrates" tabindex="-1">Interface: PlanRates <a class="header-anchor" href="#interface-planrates" aria-label="Permalink to &quot;Interface: PlanRates&quot;">​</a></h1><p>Per-GPU rates after the achievable fractions, in FLOP/s and B/s.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attentionbytespersecond" tabindex="-1">attentionBytesPerSecond <a class="header-anchor" href="#attentionbytespersecond" aria-label="Permalink to &quot;attentionBytesPerSecond&quot;">​</a></h3><blockquote><p><strong>attentionBytesPerSecond</strong>: <code>number</code></p></blockquote><hr><h3 id="attentionflopspersecond" tabindex="-1">attentionFlopsPerSecond <a class="header-anchor" href="#attentionflopspersecond" aria-label="Permalink to &quot;attentionFlopsPerSecond&quot;">​</a></h3><blockquote><p><strong>attentionFlopsPerSecond</strong>: <code>number</code></p></blockquote><p>Rate of the attention math (QKᵀ, PV) at the attention element type.</p><hr><h3 id="attentionnicbytespersecond" tabindex="-1">attentionNicBytesPerSecond <a class="header-anchor" href="#attentionnicbytespersecond" aria-label="Permalink to &quot;attentionNicBytesPerSecond&quot;">​</a></h3><blockquote><p><strong>attentionNicBytesPerSecond</strong>: <code>number</code></p></blockquote><p>NIC rate of one attention GPU: its share of its server&#39;s NICs, whatever the instance size.</p><hr><h3 id="ffnbytespersecond" tabindex="-1">ffnBytesPerSecond <a class="header-anchor" href="#ffnbytespersecond" aria-label="Permalink to &quot;ffnBytesPerSecond&quot;">​</a></h3><blockquote><p><strong>ffnBytesPerSecond</strong>: <code>number</code></p></blockquote><hr><h3 id="ffnflopspersecond" tabindex="-1">ffnFlopsPerSecond <a class="header-anchor" href="#ffnflopspersecond" aria-label="Permalink to &quot;ffnFlopsPerSecond&quot;">​</a></h3><blockquote><p><strong>ffnFlopsPerSecond</strong>: <code>number</code></p></blockquote><hr><h3 id="ffnnicbytespersecond" tabindex="-1">ffnNicBytesPerSecond <a class="header-anchor" href="#ffnnicbytespersecond" aria-label="Permalink to &quot;ffnNicBytesPerSecond&quot;">​</a></h3><blockquote><p><strong>ffnNicBytesPerSecond</strong>: <code>number</code></p></blockquote><hr><h3 id="projectionflopspersecond" tabindex="-1">projectionFlopsPerSecond <a class="header-anchor" href="#projectionflopspersecond" aria-label="Permalink to &quot;projectionFlopsPerSecond&quot;">​</a></h3><blockquote><p><strong>projectionFlopsPerSecond</strong>: <code>number</code></p></blockquote><p>Rate of the attention projections at their weight element type.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/PlanRates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlanRates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlanRates as default
};
