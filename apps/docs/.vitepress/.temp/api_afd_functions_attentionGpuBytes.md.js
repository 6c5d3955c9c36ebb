import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: attentionGpuBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/attentionGpuBytes.md","filePath":"api/afd/functions/attentionGpuBytes.md"}');
const _sfc_main = { name: "api/afd/functions/attentionGpuBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / attentionGpuBytes</p><h1 id="function-attentiongpubytes" tabindex="-1">Function: attentionGpuBytes() <a class="header-anchor" href="#function-attentiongpubytes" aria-label="Permalink to &quot;Function: attentionGpuBytes()&quot;">​</a></h1><blockquote><p><strong>attentionGpuBytes</strong>(<code>profiles</code>, <code>input</code>, <code>tokensPerAttentionGpu</code>): <code>number</code></p></blockquote><p>Returns the bytes an attention GPU holds: every layer&#39;s attention projection weights, the embedding and LM head, and the KV of <code>stages · m_a</code> sequences in flight.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="profiles" tabindex="-1">profiles <a class="header-anchor" href="#profiles" aria-label="Permalink to &quot;profiles&quot;">​</a></h3><p>readonly <a href="./../interfaces/LayerProfile"><code>LayerProfile</code></a>[]</p><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/ResolvedAfdInput"><code>ResolvedAfdInput</code></a></p><h3 id="tokensperattentiongpu" tabindex="-1">tokensPerAttentionGpu <a class="header-anchor" href="#tokensperattentiongpu" aria-label="Permalink to &quot;tokensPerAttentionGpu&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/attentionGpuBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attentionGpuBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attentionGpuBytes as default
};
