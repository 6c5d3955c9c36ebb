import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerKindCost","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/interfaces/LayerKindCost.md","filePath":"api/roofline/interfaces/LayerKindCost.md"}');
const _sfc_main = { name: "api/roofline/interfaces/LayerKindCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / LayerKindCost</p><h1 id="interface-layerkindcost" tabindex="-1">Interface: LayerKindCost <a class="header-anchor" href="#interface-layerkindcost" aria-label="Permalink to &quot;Interface: LayerKindCost&quot;">​</a></h1><p>Per-token cost of one layer kind: layers that share an attention design and a cache element type, which the per-kind roofline prices together.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="arithmeticintensity" tabindex="-1">arithmeticIntensity <a class="header-anchor" href="#arithmeticintensity" aria-label="Permalink to &quot;arithmeticIntensity&quot;">​</a></h3><blockquote><p><strong>arithmeticIntensity</strong>: <code>number</code></p></blockquote><p>FLOP per byte of this kind; 0 when it reads no bytes.</p><hr><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><blockquote><p><strong>attention</strong>: <code>AttentionKind</code></p></blockquote><hr><h3 id="attentionflops" tabindex="-1">attentionFlops <a class="header-anchor" href="#attentionflops" aria-label="Permalink to &quot;attentionFlops&quot;">​</a></h3><blockquote><p><strong>attentionFlops</strong>: <code>number</code></p></blockquote><hr><h3 id="cacheelementtype" tabindex="-1">cacheElementType <a class="header-anchor" href="#cacheelementtype" aria-label="Permalink to &quot;cacheElementType&quot;">​</a></h3><blockquote><p><strong>cacheElementType</strong>: <code>ElementType</code></p></blockquote><hr><h3 id="kvbytes" tabindex="-1">kvBytes <a class="header-anchor" href="#kvbytes" aria-label="Permalink to &quot;kvBytes&quot;">​</a></h3><blockquote><p><strong>kvBytes</strong>: <code>number</code></p></blockquote><hr><h3 id="label" tabindex="-1">label <a class="header-anchor" href="#label" aria-label="Permalink to &quot;label&quot;">​</a></h3><blockquote><p><strong>label</strong>: <code>string</code></p></blockquote><hr><h3 id="layercount" tabindex="-1">layerCount <a class="header-anchor" href="#layercount" aria-label="Permalink to &quot;layerCount&quot;">​</a></h3><blockquote><p><strong>layerCount</strong>: <code>number</code></p></blockquote><hr><h3 id="linearflops" tabindex="-1">linearFlops <a class="header-anchor" href="#linearflops" aria-label="Permalink to &quot;linearFlops&quot;">​</a></h3><blockquote><p><strong>linearFlops</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/interfaces/LayerKindCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerKindCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerKindCost as default
};
