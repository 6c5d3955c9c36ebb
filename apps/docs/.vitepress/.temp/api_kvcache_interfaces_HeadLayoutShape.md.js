import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HeadLayoutShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/HeadLayoutShape.md","filePath":"api/kvcache/interfaces/HeadLayoutShape.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/HeadLayoutShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / HeadLayoutShape</p><h1 id="interface-headlayoutshape" tabindex="-1">Interface: HeadLayoutShape <a class="header-anchor" href="#interface-headlayoutshape" aria-label="Permalink to &quot;Interface: HeadLayoutShape&quot;">​</a></h1><p>Shape of a tensor made of <code>blocks</code> independent <code>[tokens, heads, headDim]</code> blocks (NHD) or <code>[heads, tokens, headDim]</code> blocks (HND). A vLLM layer tensor <code>[2, numBlocks, blockSize, …]</code> is <code>blocks = 2 × numBlocks</code> with <code>tokens = blockSize</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blocks" tabindex="-1">blocks? <a class="header-anchor" href="#blocks" aria-label="Permalink to &quot;blocks?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>blocks?</strong>: <code>number</code></p></blockquote><p>Default 1.</p><hr><h3 id="headdim" tabindex="-1">headDim <a class="header-anchor" href="#headdim" aria-label="Permalink to &quot;headDim&quot;">​</a></h3><blockquote><p><strong>headDim</strong>: <code>number</code></p></blockquote><hr><h3 id="heads" tabindex="-1">heads <a class="header-anchor" href="#heads" aria-label="Permalink to &quot;heads&quot;">​</a></h3><blockquote><p><strong>heads</strong>: <code>number</code></p></blockquote><hr><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><blockquote><p><strong>tokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/HeadLayoutShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HeadLayoutShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HeadLayoutShape as default
};
