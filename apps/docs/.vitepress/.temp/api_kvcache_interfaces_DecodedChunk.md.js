import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DecodedChunk","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/DecodedChunk.md","filePath":"api/kvcache/interfaces/DecodedChunk.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/DecodedChunk.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / DecodedChunk</p><h1 id="interface-decodedchunk" tabindex="-1">Interface: DecodedChunk <a class="header-anchor" href="#interface-decodedchunk" aria-label="Permalink to &quot;Interface: DecodedChunk&quot;">​</a></h1><p>A decoded chunk: the values of one layer of one plane.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./StreamedChunk"><code>StreamedChunk</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <a href="./../type-aliases/ElementArray"><code>ElementArray</code></a></p></blockquote><hr><h3 id="layerindex" tabindex="-1">layerIndex <a class="header-anchor" href="#layerindex" aria-label="Permalink to &quot;layerIndex&quot;">​</a></h3><blockquote><p><strong>layerIndex</strong>: <code>number</code></p></blockquote><hr><h3 id="planeindex" tabindex="-1">planeIndex <a class="header-anchor" href="#planeindex" aria-label="Permalink to &quot;planeIndex&quot;">​</a></h3><blockquote><p><strong>planeIndex</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/DecodedChunk.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecodedChunk = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecodedChunk as default
};
