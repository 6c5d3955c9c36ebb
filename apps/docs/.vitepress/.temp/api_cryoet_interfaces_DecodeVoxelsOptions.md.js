import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DecodeVoxelsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/DecodeVoxelsOptions.md","filePath":"api/cryoet/interfaces/DecodeVoxelsOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/DecodeVoxelsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / DecodeVoxelsOptions</p><h1 id="interface-decodevoxelsoptions" tabindex="-1">Interface: DecodeVoxelsOptions <a class="header-anchor" href="#interface-decodevoxelsoptions" aria-label="Permalink to &quot;Interface: DecodeVoxelsOptions&quot;">​</a></h1><p>Options of <a href="./../functions/decodeVoxels">decodeVoxels</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="copy" tabindex="-1">copy? <a class="header-anchor" href="#copy" aria-label="Permalink to &quot;copy?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>copy?</strong>: <code>boolean</code></p></blockquote><p>Copy the bytes even when a view would do, so that the result owns its memory.</p><hr><h3 id="inplace" tabindex="-1">inPlace? <a class="header-anchor" href="#inplace" aria-label="Permalink to &quot;inPlace?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>inPlace?</strong>: <code>boolean</code></p></blockquote><p>The caller gives up <code>bytes</code>: the result may be a view of them with the byte order swapped in place, so no copy is made for aligned data of either byte order. <code>copy</code> is then not needed.</p><hr><h3 id="littleendian" tabindex="-1">littleEndian <a class="header-anchor" href="#littleendian" aria-label="Permalink to &quot;littleEndian&quot;">​</a></h3><blockquote><p><strong>littleEndian</strong>: <code>boolean</code></p></blockquote><hr><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><blockquote><p><strong>mode</strong>: <a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p></blockquote><hr><h3 id="nx" tabindex="-1">nx <a class="header-anchor" href="#nx" aria-label="Permalink to &quot;nx&quot;">​</a></h3><blockquote><p><strong>nx</strong>: <code>number</code></p></blockquote><p>Row length in voxels, needed to unpack mode 101.</p><hr><h3 id="signedbytes" tabindex="-1">signedBytes <a class="header-anchor" href="#signedbytes" aria-label="Permalink to &quot;signedBytes&quot;">​</a></h3><blockquote><p><strong>signedBytes</strong>: <code>boolean</code></p></blockquote><p>Mode 0 only: decode the bytes as int8 (true) or uint8 (false).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/DecodeVoxelsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecodeVoxelsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecodeVoxelsOptions as default
};
