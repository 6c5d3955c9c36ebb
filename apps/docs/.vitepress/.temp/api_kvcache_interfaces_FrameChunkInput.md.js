import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FrameChunkInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/FrameChunkInput.md","filePath":"api/kvcache/interfaces/FrameChunkInput.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/FrameChunkInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / FrameChunkInput</p><h1 id="interface-framechunkinput" tabindex="-1">Interface: FrameChunkInput <a class="header-anchor" href="#interface-framechunkinput" aria-label="Permalink to &quot;Interface: FrameChunkInput&quot;">​</a></h1><p>One chunk to encode: the values of one layer of one plane.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <a href="./../type-aliases/ElementArray"><code>ElementArray</code></a></p></blockquote><p>Values in the plane&#39;s element type, <code>dims</code> order without the layer axis.</p><hr><h3 id="layerindex" tabindex="-1">layerIndex <a class="header-anchor" href="#layerindex" aria-label="Permalink to &quot;layerIndex&quot;">​</a></h3><blockquote><p><strong>layerIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="planeindex" tabindex="-1">planeIndex <a class="header-anchor" href="#planeindex" aria-label="Permalink to &quot;planeIndex&quot;">​</a></h3><blockquote><p><strong>planeIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="scales" tabindex="-1">scales? <a class="header-anchor" href="#scales" aria-label="Permalink to &quot;scales?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>scales?</strong>: <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><p>FP8 scales of this chunk, in the plane&#39;s scale order. Default: derived from the data.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/FrameChunkInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FrameChunkInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FrameChunkInput as default
};
