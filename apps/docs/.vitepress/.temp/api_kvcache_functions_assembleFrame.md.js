import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: assembleFrame()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/assembleFrame.md","filePath":"api/kvcache/functions/assembleFrame.md"}');
const _sfc_main = { name: "api/kvcache/functions/assembleFrame.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / assembleFrame</p><h1 id="function-assembleframe" tabindex="-1">Function: assembleFrame() <a class="header-anchor" href="#function-assembleframe" aria-label="Permalink to &quot;Function: assembleFrame()&quot;">​</a></h1><blockquote><p><strong>assembleFrame</strong>(<code>header</code>, <code>chunks</code>, <code>checksums</code>): <code>Uint8Array</code></p></blockquote><p>Writes a frame from chunks already encoded (for example by worker threads). Chunks are put in frame order, by layer and then plane; a (plane, layer) pair may appear once. All chunks must use the same checksum algorithm.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/FrameHeaderInput"><code>FrameHeaderInput</code></a></p><h3 id="chunks" tabindex="-1">chunks <a class="header-anchor" href="#chunks" aria-label="Permalink to &quot;chunks&quot;">​</a></h3><p>readonly <a href="./../interfaces/EncodedChunk"><code>EncodedChunk</code></a>[]</p><h3 id="checksums" tabindex="-1">checksums <a class="header-anchor" href="#checksums" aria-label="Permalink to &quot;checksums&quot;">​</a></h3><p><a href="./../type-aliases/Checksums"><code>Checksums</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/assembleFrame.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const assembleFrame = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  assembleFrame as default
};
