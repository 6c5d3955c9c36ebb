import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ByteRange","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ByteRange.md","filePath":"api/cryoet/interfaces/ByteRange.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ByteRange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ByteRange</p><h1 id="interface-byterange" tabindex="-1">Interface: ByteRange <a class="header-anchor" href="#interface-byterange" aria-label="Permalink to &quot;Interface: ByteRange&quot;">​</a></h1><p>A byte range of a source.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="length" tabindex="-1">length <a class="header-anchor" href="#length" aria-label="Permalink to &quot;length&quot;">​</a></h3><blockquote><p><strong>length</strong>: <code>number</code></p></blockquote><hr><h3 id="offset" tabindex="-1">offset <a class="header-anchor" href="#offset" aria-label="Permalink to &quot;offset&quot;">​</a></h3><blockquote><p><strong>offset</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ByteRange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ByteRange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ByteRange as default
};
