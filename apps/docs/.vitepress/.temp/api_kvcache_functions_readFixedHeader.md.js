import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readFixedHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/readFixedHeader.md","filePath":"api/kvcache/functions/readFixedHeader.md"}');
const _sfc_main = { name: "api/kvcache/functions/readFixedHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / readFixedHeader</p><h1 id="function-readfixedheader" tabindex="-1">Function: readFixedHeader() <a class="header-anchor" href="#function-readfixedheader" aria-label="Permalink to &quot;Function: readFixedHeader()&quot;">​</a></h1><blockquote><p><strong>readFixedHeader</strong>(<code>input</code>, <code>limits?</code>): <a href="./../interfaces/FrameHeader"><code>FrameHeader</code></a></p></blockquote><p>Reads and checks the fixed header (the first 64 bytes): magic, version, entry sizes and the reader limits. Does not verify the header checksum, which covers the tables too. <code>input</code> is a <code>Uint8Array</code> (a Node <code>Buffer</code> works) or an <code>ArrayBuffer</code>, and is never written to.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/FrameBytes"><code>FrameBytes</code></a></p><h3 id="limits" tabindex="-1">limits? <a class="header-anchor" href="#limits" aria-label="Permalink to &quot;limits?&quot;">​</a></h3><p><code>Partial</code>&lt;<a href="./../interfaces/FrameLimits"><code>FrameLimits</code></a>&gt; = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/FrameHeader"><code>FrameHeader</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/readFixedHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readFixedHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readFixedHeader as default
};
