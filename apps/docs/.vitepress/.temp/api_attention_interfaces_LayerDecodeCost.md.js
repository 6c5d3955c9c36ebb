import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerDecodeCost","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/LayerDecodeCost.md","filePath":"api/attention/interfaces/LayerDecodeCost.md"}');
const _sfc_main = { name: "api/attention/interfaces/LayerDecodeCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / LayerDecodeCost</p><h1 id="interface-layerdecodecost" tabindex="-1">Interface: LayerDecodeCost <a class="header-anchor" href="#interface-layerdecodecost" aria-label="Permalink to &quot;Interface: LayerDecodeCost&quot;">​</a></h1><p>Cost of one decoded token in one layer.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="arithmeticintensity" tabindex="-1">arithmeticIntensity <a class="header-anchor" href="#arithmeticintensity" aria-label="Permalink to &quot;arithmeticIntensity&quot;">​</a></h3><blockquote><p><strong>arithmeticIntensity</strong>: <code>number</code></p></blockquote><p><code>attentionFlops / kvBytes</code> in FLOP per byte.</p><hr><h3 id="attentionflops" tabindex="-1">attentionFlops <a class="header-anchor" href="#attentionflops" aria-label="Permalink to &quot;attentionFlops&quot;">​</a></h3><blockquote><p><strong>attentionFlops</strong>: <code>number</code></p></blockquote><p>FLOPs of QKᵀ and PV (or of the state update for linear attention).</p><hr><h3 id="kvbytes" tabindex="-1">kvBytes <a class="header-anchor" href="#kvbytes" aria-label="Permalink to &quot;kvBytes&quot;">​</a></h3><blockquote><p><strong>kvBytes</strong>: <code>number</code></p></blockquote><p>KV-cache bytes read, or for linear attention the state bytes read and written.</p><hr><h3 id="linearflops" tabindex="-1">linearFlops <a class="header-anchor" href="#linearflops" aria-label="Permalink to &quot;linearFlops&quot;">​</a></h3><blockquote><p><strong>linearFlops</strong>: <code>number</code></p></blockquote><p>FLOPs of the attention projections (q, k, v, o and any low-rank or gate paths).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/LayerDecodeCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerDecodeCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerDecodeCost as default
};
