import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DecodedFrame","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/DecodedFrame.md","filePath":"api/kvcache/interfaces/DecodedFrame.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/DecodedFrame.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / DecodedFrame</p><h1 id="interface-decodedframe" tabindex="-1">Interface: DecodedFrame <a class="header-anchor" href="#interface-decodedframe" aria-label="Permalink to &quot;Interface: DecodedFrame&quot;">​</a></h1><p>A whole decoded frame.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="chunks" tabindex="-1">chunks <a class="header-anchor" href="#chunks" aria-label="Permalink to &quot;chunks&quot;">​</a></h3><blockquote><p><strong>chunks</strong>: <a href="./DecodedChunk"><code>DecodedChunk</code></a>[]</p></blockquote><hr><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><blockquote><p><strong>header</strong>: <a href="./FrameHeader"><code>FrameHeader</code></a></p></blockquote><hr><h3 id="planes" tabindex="-1">planes <a class="header-anchor" href="#planes" aria-label="Permalink to &quot;planes&quot;">​</a></h3><blockquote><p><strong>planes</strong>: <a href="./PlaneDescriptor"><code>PlaneDescriptor</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/DecodedFrame.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecodedFrame = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecodedFrame as default
};
