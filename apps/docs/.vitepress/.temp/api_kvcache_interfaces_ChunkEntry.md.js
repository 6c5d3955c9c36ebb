import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ChunkEntry","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/ChunkEntry.md","filePath":"api/kvcache/interfaces/ChunkEntry.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/ChunkEntry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ChunkEntry</p><h1 id="interface-chunkentry" tabindex="-1">Interface: ChunkEntry <a class="header-anchor" href="#interface-chunkentry" aria-label="Permalink to &quot;Interface: ChunkEntry&quot;">​</a></h1><p>One entry of the chunk index.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="checksum" tabindex="-1">checksum <a class="header-anchor" href="#checksum" aria-label="Permalink to &quot;checksum&quot;">​</a></h3><blockquote><p><strong>checksum</strong>: <code>bigint</code></p></blockquote><hr><h3 id="decodedsize" tabindex="-1">decodedSize <a class="header-anchor" href="#decodedsize" aria-label="Permalink to &quot;decodedSize&quot;">​</a></h3><blockquote><p><strong>decodedSize</strong>: <code>number</code></p></blockquote><hr><h3 id="layerindex" tabindex="-1">layerIndex <a class="header-anchor" href="#layerindex" aria-label="Permalink to &quot;layerIndex&quot;">​</a></h3><blockquote><p><strong>layerIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><strong>offset</strong>: <code>number</code></p></blockquote><hr><h3 id="planeindex" tabindex="-1">planeIndex <a class="header-anchor" href="#planeindex" aria-label="Permalink to &quot;planeIndex&quot;">​</a></h3><blockquote><p><strong>planeIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="storedsize" tabindex="-1">storedSize <a class="header-anchor" href="#storedsize" aria-label="Permalink to &quot;storedSize&quot;">​</a></h3><blockquote><p><strong>storedSize</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/ChunkEntry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChunkEntry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChunkEntry as default
};
