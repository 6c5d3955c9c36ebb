import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: embeddingAndLmHeadBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/embeddingAndLmHeadBytes.md","filePath":"api/afd/functions/embeddingAndLmHeadBytes.md"}');
const _sfc_main = { name: "api/afd/functions/embeddingAndLmHeadBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / embeddingAndLmHeadBytes</p><h1 id="function-embeddingandlmheadbytes" tabindex="-1">Function: embeddingAndLmHeadBytes() <a class="header-anchor" href="#function-embeddingandlmheadbytes" aria-label="Permalink to &quot;Function: embeddingAndLmHeadBytes()&quot;">​</a></h1><blockquote><p><strong>embeddingAndLmHeadBytes</strong>(<code>input</code>): <code>number</code></p></blockquote><p>Bytes the embedding and LM head take on an attention GPU (BF16, 2 B per weight), both kept.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/ResolvedAfdInput"><code>ResolvedAfdInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/embeddingAndLmHeadBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const embeddingAndLmHeadBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  embeddingAndLmHeadBytes as default
};
