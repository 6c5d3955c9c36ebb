import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerCostOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/LayerCostOptions.md","filePath":"api/attention/interfaces/LayerCostOptions.md"}');
const _sfc_main = { name: "api/attention/interfaces/LayerCostOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / LayerCostOptions</p><h1 id="interface-layercostoptions" tabindex="-1">Interface: LayerCostOptions <a class="header-anchor" href="#interface-layercostoptions" aria-label="Permalink to &quot;Interface: LayerCostOptions&quot;">​</a></h1><p>Options of the per-layer decode cost functions.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cacheelementtype" tabindex="-1">cacheElementType <a class="header-anchor" href="#cacheelementtype" aria-label="Permalink to &quot;cacheElementType&quot;">​</a></h3><blockquote><p><strong>cacheElementType</strong>: <a href="./../type-aliases/ElementType"><code>ElementType</code></a></p></blockquote><p>Element type of the KV cache of softmax layers.</p><hr><h3 id="chunkedkeys" tabindex="-1">chunkedKeys? <a class="header-anchor" href="#chunkedkeys" aria-label="Permalink to &quot;chunkedKeys?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>chunkedKeys?</strong>: <a href="./../type-aliases/ChunkedKeysConvention"><code>ChunkedKeysConvention</code></a></p></blockquote><p>Default <code>max</code>.</p><hr><h3 id="includeshortconvstate" tabindex="-1">includeShortConvState? <a class="header-anchor" href="#includeshortconvstate" aria-label="Permalink to &quot;includeShortConvState?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>includeShortConvState?</strong>: <code>boolean</code></p></blockquote><p>Add KDA&#39;s q, k and v short-convolution states to the state bytes. Default false.</p><hr><h3 id="mlaflops" tabindex="-1">mlaFlops? <a class="header-anchor" href="#mlaflops" aria-label="Permalink to &quot;mlaFlops?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>mlaFlops?</strong>: <a href="./../type-aliases/MlaFlopConvention"><code>MlaFlopConvention</code></a></p></blockquote><p>Default <code>mla-576</code>.</p><hr><h3 id="stateelementtype" tabindex="-1">stateElementType? <a class="header-anchor" href="#stateelementtype" aria-label="Permalink to &quot;stateElementType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stateElementType?</strong>: <a href="./../type-aliases/ElementType"><code>ElementType</code></a></p></blockquote><p>Element type of linear-attention states. Default <code>fp32</code>, as the <code>fla</code> kernels keep it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/LayerCostOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerCostOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerCostOptions as default
};
