import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DecompressOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/DecompressOptions.md","filePath":"api/cryoet/interfaces/DecompressOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/DecompressOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / DecompressOptions</p><h1 id="interface-decompressoptions" tabindex="-1">Interface: DecompressOptions <a class="header-anchor" href="#interface-decompressoptions" aria-label="Permalink to &quot;Interface: DecompressOptions&quot;">​</a></h1><p>Options of <a href="./../functions/decompress">decompress</a>, gunzip and <a href="./../functions/bunzip2">bunzip2</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="filename" tabindex="-1">fileName? <a class="header-anchor" href="#filename" aria-label="Permalink to &quot;fileName?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>fileName?</strong>: <code>string</code></p></blockquote><p>File name used in messages.</p><hr><h3 id="maxbytes" tabindex="-1">maxBytes? <a class="header-anchor" href="#maxbytes" aria-label="Permalink to &quot;maxBytes?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>maxBytes?</strong>: <code>number</code></p></blockquote><p>Largest decompressed size in bytes. Decompression stops with <code>DATA_TOO_LARGE</code> once the output passes it. Default: the default <code>maxDataBytes</code> (2³² bytes) plus the 1024-byte main header.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/DecompressOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecompressOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecompressOptions as default
};
