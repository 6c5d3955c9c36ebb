import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FrameBytes","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/FrameBytes.md","filePath":"api/kvcache/type-aliases/FrameBytes.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/FrameBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / FrameBytes</p><h1 id="type-alias-framebytes" tabindex="-1">Type Alias: FrameBytes <a class="header-anchor" href="#type-alias-framebytes" aria-label="Permalink to &quot;Type Alias: FrameBytes&quot;">​</a></h1><blockquote><p><strong>FrameBytes</strong> = <code>Uint8Array</code> | <code>ArrayBuffer</code></p></blockquote><p>Bytes a frame reader accepts: a <code>Uint8Array</code> (a Node <code>Buffer</code> is one) or an <code>ArrayBuffer</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/FrameBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FrameBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FrameBytes as default
};
