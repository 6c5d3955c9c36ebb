import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/encodeHeader.md","filePath":"api/cryoet/functions/encodeHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/encodeHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / encodeHeader</p><h1 id="function-encodeheader" tabindex="-1">Function: encodeHeader() <a class="header-anchor" href="#function-encodeheader" aria-label="Permalink to &quot;Function: encodeHeader()&quot;">​</a></h1><blockquote><p><strong>encodeHeader</strong>(<code>header</code>, <code>littleEndian</code>): <code>Uint8Array</code></p></blockquote><p>Encodes <code>header</code> as 1024 bytes in the given byte order. EXTRA is written from <code>header.extra</code>, then EXTTYP, NVERSION and the IMOD fields over it. Labels are padded with spaces, and unused labels are all NUL bytes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p><h3 id="littleendian" tabindex="-1">littleEndian <a class="header-anchor" href="#littleendian" aria-label="Permalink to &quot;littleEndian&quot;">​</a></h3><p><code>boolean</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/encodeHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeHeader as default
};
