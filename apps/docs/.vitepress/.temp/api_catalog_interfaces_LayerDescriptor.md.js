import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerDescriptor","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/LayerDescriptor.md","filePath":"api/catalog/interfaces/LayerDescriptor.md"}');
const _sfc_main = { name: "api/catalog/interfaces/LayerDescriptor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / LayerDescriptor</p><h1 id="interface-layerdescriptor" tabindex="-1">Interface: LayerDescriptor <a class="header-anchor" href="#interface-layerdescriptor" aria-label="Permalink to &quot;Interface: LayerDescriptor&quot;">​</a></h1><p>One decoder layer: its attention, its FFN and the element type its KV cache or state is stored in.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><blockquote><p><strong>attention</strong>: <code>AttentionKind</code></p></blockquote><hr><h3 id="cacheelementtype" tabindex="-1">cacheElementType <a class="header-anchor" href="#cacheelementtype" aria-label="Permalink to &quot;cacheElementType&quot;">​</a></h3><blockquote><p><strong>cacheElementType</strong>: <code>ElementType</code></p></blockquote><p>KV-cache element type of a softmax layer, or state element type of a linear-attention layer.</p><hr><h3 id="ffn" tabindex="-1">ffn <a class="header-anchor" href="#ffn" aria-label="Permalink to &quot;ffn&quot;">​</a></h3><blockquote><p><strong>ffn</strong>: <a href="./../type-aliases/FfnKind"><code>FfnKind</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/LayerDescriptor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerDescriptor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerDescriptor as default
};
