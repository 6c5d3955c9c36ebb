import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EncodeChunkOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/EncodeChunkOptions.md","filePath":"api/kvcache/interfaces/EncodeChunkOptions.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/EncodeChunkOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / EncodeChunkOptions</p><h1 id="interface-encodechunkoptions" tabindex="-1">Interface: EncodeChunkOptions <a class="header-anchor" href="#interface-encodechunkoptions" aria-label="Permalink to &quot;Interface: EncodeChunkOptions&quot;">​</a></h1><p>Options of <a href="./ChunkCodec#encode">ChunkCodec.encode</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="layerindex" tabindex="-1">layerIndex? <a class="header-anchor" href="#layerindex" aria-label="Permalink to &quot;layerIndex?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>layerIndex?</strong>: <code>number</code></p></blockquote><p>Index of the layer, for error messages.</p><hr><h3 id="planeindex" tabindex="-1">planeIndex? <a class="header-anchor" href="#planeindex" aria-label="Permalink to &quot;planeIndex?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>planeIndex?</strong>: <code>number</code></p></blockquote><p>Index of the plane in its frame, for error messages.</p><hr><h3 id="scales" tabindex="-1">scales? <a class="header-anchor" href="#scales" aria-label="Permalink to &quot;scales?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>scales?</strong>: <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><p>FP8 scales in the plane&#39;s scale-array order. Without them the encoder derives each scale from the data as <code>amax / max of the format</code> (1 where amax is 0), rounded up to the scale type so that <code>amax / scale</code> never exceeds the format&#39;s maximum.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/EncodeChunkOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EncodeChunkOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EncodeChunkOptions as default
};
