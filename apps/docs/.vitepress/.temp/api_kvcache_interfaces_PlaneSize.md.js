import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PlaneSize","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/PlaneSize.md","filePath":"api/kvcache/interfaces/PlaneSize.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/PlaneSize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / PlaneSize</p><h1 id="interface-planesize" tabindex="-1">Interface: PlaneSize <a class="header-anchor" href="#interface-planesize" aria-label="Permalink to &quot;Interface: PlaneSize&quot;">​</a></h1><p>Bytes of one plane in a frame that holds all its layers.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="chunkbytes" tabindex="-1">chunkBytes <a class="header-anchor" href="#chunkbytes" aria-label="Permalink to &quot;chunkBytes&quot;">​</a></h3><blockquote><p><strong>chunkBytes</strong>: <code>number</code></p></blockquote><p>Payload bytes of one chunk (one layer) before stages.</p><hr><h3 id="layers" tabindex="-1">layers <a class="header-anchor" href="#layers" aria-label="Permalink to &quot;layers&quot;">​</a></h3><blockquote><p><strong>layers</strong>: <code>number</code></p></blockquote><hr><h3 id="payloadbytes" tabindex="-1">payloadBytes <a class="header-anchor" href="#payloadbytes" aria-label="Permalink to &quot;payloadBytes&quot;">​</a></h3><blockquote><p><strong>payloadBytes</strong>: <code>number</code></p></blockquote><p>Payload bytes of all layers, alignment padding between chunks included.</p><hr><h3 id="planeindex" tabindex="-1">planeIndex <a class="header-anchor" href="#planeindex" aria-label="Permalink to &quot;planeIndex&quot;">​</a></h3><blockquote><p><strong>planeIndex</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/PlaneSize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlaneSize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlaneSize as default
};
