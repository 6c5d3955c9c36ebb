import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EncodedChunk","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/EncodedChunk.md","filePath":"api/kvcache/interfaces/EncodedChunk.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/EncodedChunk.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / EncodedChunk</p><h1 id="interface-encodedchunk" tabindex="-1">Interface: EncodedChunk <a class="header-anchor" href="#interface-encodedchunk" aria-label="Permalink to &quot;Interface: EncodedChunk&quot;">​</a></h1><p>One layer of one plane, ready to go into a frame.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="algorithm" tabindex="-1">algorithm <a class="header-anchor" href="#algorithm" aria-label="Permalink to &quot;algorithm&quot;">​</a></h3><blockquote><p><strong>algorithm</strong>: <code>&quot;crc32&quot;</code> | <code>&quot;crc32c&quot;</code> | <code>&quot;xxh64&quot;</code> | <code>&quot;xxh3&quot;</code></p></blockquote><hr><h3 id="checksum" tabindex="-1">checksum <a class="header-anchor" href="#checksum" aria-label="Permalink to &quot;checksum&quot;">​</a></h3><blockquote><p><strong>checksum</strong>: <code>bigint</code></p></blockquote><p>Checksum of <code>stored</code> with <code>algorithm</code>.</p><hr><h3 id="decodedsize" tabindex="-1">decodedSize <a class="header-anchor" href="#decodedsize" aria-label="Permalink to &quot;decodedSize&quot;">​</a></h3><blockquote><p><strong>decodedSize</strong>: <code>number</code></p></blockquote><p>Bytes of the payload before the stages.</p><hr><h3 id="layerindex" tabindex="-1">layerIndex <a class="header-anchor" href="#layerindex" aria-label="Permalink to &quot;layerIndex&quot;">​</a></h3><blockquote><p><strong>layerIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="planeindex" tabindex="-1">planeIndex <a class="header-anchor" href="#planeindex" aria-label="Permalink to &quot;planeIndex&quot;">​</a></h3><blockquote><p><strong>planeIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="stored" tabindex="-1">stored <a class="header-anchor" href="#stored" aria-label="Permalink to &quot;stored&quot;">​</a></h3><blockquote><p><strong>stored</strong>: <code>Uint8Array</code></p></blockquote><p>Bytes as stored: the codec&#39;s payload after the plane&#39;s stages.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/EncodedChunk.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EncodedChunk = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EncodedChunk as default
};
