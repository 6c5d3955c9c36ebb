import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/decodeHeader.md","filePath":"api/cryoet/functions/decodeHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/decodeHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / decodeHeader</p><h1 id="function-decodeheader" tabindex="-1">Function: decodeHeader() <a class="header-anchor" href="#function-decodeheader" aria-label="Permalink to &quot;Function: decodeHeader()&quot;">​</a></h1><blockquote><p><strong>decodeHeader</strong>(<code>bytes</code>, <code>littleEndian</code>): <a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p></blockquote><p>Decodes the first 1024 bytes of <code>bytes</code> as a main header in the given byte order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="littleendian" tabindex="-1">littleEndian <a class="header-anchor" href="#littleendian" aria-label="Permalink to &quot;littleEndian&quot;">​</a></h3><p><code>boolean</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/decodeHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeHeader as default
};
