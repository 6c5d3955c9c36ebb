import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeFrame()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/decodeFrame.md","filePath":"api/kvcache/functions/decodeFrame.md"}');
const _sfc_main = { name: "api/kvcache/functions/decodeFrame.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / decodeFrame</p><h1 id="function-decodeframe" tabindex="-1">Function: decodeFrame() <a class="header-anchor" href="#function-decodeframe" aria-label="Permalink to &quot;Function: decodeFrame()&quot;">​</a></h1><blockquote><p><strong>decodeFrame</strong>(<code>input</code>, <code>options</code>): <a href="./../interfaces/DecodedFrame"><code>DecodedFrame</code></a></p></blockquote><p>Decodes a whole frame. Checks, in order: magic and version, sizes and limits, the header checksum, the geometry and the decoded totals, every chunk checksum, and only then undoes the stages and decodes, so no data is returned from a frame that fails any check. A frame whose byte length differs from its <code>frameSize</code> is rejected as truncated or overlong. <code>input</code> is a <code>Uint8Array</code> (a Node <code>Buffer</code> from a file or socket works) or an <code>ArrayBuffer</code> (from <code>await response.arrayBuffer()</code>), and is never written to.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/FrameBytes"><code>FrameBytes</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/DecodeFrameOptions"><code>DecodeFrameOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/DecodedFrame"><code>DecodedFrame</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/decodeFrame.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeFrame = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeFrame as default
};
