import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Layout","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/Layout.md","filePath":"api/afd/interfaces/Layout.md"}');
const _sfc_main = { name: "api/afd/interfaces/Layout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / Layout</p><h1 id="interface-layout" tabindex="-1">Interface: Layout <a class="header-anchor" href="#interface-layout" aria-label="Permalink to &quot;Interface: Layout&quot;">​</a></h1><p>A candidate layout: attention and FFN instance counts and tokens per attention GPU per micro-batch.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attentioninstances" tabindex="-1">attentionInstances <a class="header-anchor" href="#attentioninstances" aria-label="Permalink to &quot;attentionInstances&quot;">​</a></h3><blockquote><p><strong>attentionInstances</strong>: <code>number</code></p></blockquote><hr><h3 id="ffninstances" tabindex="-1">ffnInstances <a class="header-anchor" href="#ffninstances" aria-label="Permalink to &quot;ffnInstances&quot;">​</a></h3><blockquote><p><strong>ffnInstances</strong>: <code>number</code></p></blockquote><hr><h3 id="tokensperattentiongpu" tabindex="-1">tokensPerAttentionGpu <a class="header-anchor" href="#tokensperattentiongpu" aria-label="Permalink to &quot;tokensPerAttentionGpu&quot;">​</a></h3><blockquote><p><strong>tokensPerAttentionGpu</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/Layout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Layout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Layout as default
};
