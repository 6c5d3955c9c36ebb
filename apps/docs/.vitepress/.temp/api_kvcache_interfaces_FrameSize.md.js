import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FrameSize","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/FrameSize.md","filePath":"api/kvcache/interfaces/FrameSize.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/FrameSize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / FrameSize</p><h1 id="interface-framesize" tabindex="-1">Interface: FrameSize <a class="header-anchor" href="#interface-framesize" aria-label="Permalink to &quot;Interface: FrameSize&quot;">​</a></h1><p>Sizes of a frame holding every layer of every plane once.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="framebytes" tabindex="-1">frameBytes <a class="header-anchor" href="#framebytes" aria-label="Permalink to &quot;frameBytes&quot;">​</a></h3><blockquote><p><strong>frameBytes</strong>: <code>number</code></p></blockquote><hr><h3 id="overheadbytes" tabindex="-1">overheadBytes <a class="header-anchor" href="#overheadbytes" aria-label="Permalink to &quot;overheadBytes&quot;">​</a></h3><blockquote><p><strong>overheadBytes</strong>: <code>number</code></p></blockquote><p>Header, plane table, chunk index and the padding after them.</p><hr><h3 id="planes" tabindex="-1">planes <a class="header-anchor" href="#planes" aria-label="Permalink to &quot;planes&quot;">​</a></h3><blockquote><p><strong>planes</strong>: <a href="./PlaneSize"><code>PlaneSize</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/FrameSize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FrameSize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FrameSize as default
};
