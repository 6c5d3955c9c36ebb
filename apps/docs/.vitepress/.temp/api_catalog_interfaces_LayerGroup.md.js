import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerGroup","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/LayerGroup.md","filePath":"api/catalog/interfaces/LayerGroup.md"}');
const _sfc_main = { name: "api/catalog/interfaces/LayerGroup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / LayerGroup</p><h1 id="interface-layergroup" tabindex="-1">Interface: LayerGroup <a class="header-anchor" href="#interface-layergroup" aria-label="Permalink to &quot;Interface: LayerGroup&quot;">​</a></h1><p>A group of layers that share one attention design, FFN and cache element type.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="indices" tabindex="-1">indices <a class="header-anchor" href="#indices" aria-label="Permalink to &quot;indices&quot;">​</a></h3><blockquote><p><strong>indices</strong>: <code>number</code>[]</p></blockquote><p>0-based indices of the layers in the group, ascending.</p><hr><h3 id="layer" tabindex="-1">layer <a class="header-anchor" href="#layer" aria-label="Permalink to &quot;layer&quot;">​</a></h3><blockquote><p><strong>layer</strong>: <a href="./LayerDescriptor"><code>LayerDescriptor</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/LayerGroup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerGroup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerGroup as default
};
