import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: groupLayers()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/groupLayers.md","filePath":"api/catalog/functions/groupLayers.md"}');
const _sfc_main = { name: "api/catalog/functions/groupLayers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / groupLayers</p><h1 id="function-grouplayers" tabindex="-1">Function: groupLayers() <a class="header-anchor" href="#function-grouplayers" aria-label="Permalink to &quot;Function: groupLayers()&quot;">​</a></h1><blockquote><p><strong>groupLayers</strong>(<code>layers</code>): <a href="./../interfaces/LayerGroup"><code>LayerGroup</code></a>[]</p></blockquote><p>Groups identical layers, in order of first appearance.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="layers" tabindex="-1">layers <a class="header-anchor" href="#layers" aria-label="Permalink to &quot;layers&quot;">​</a></h3><p>readonly <a href="./../interfaces/LayerDescriptor"><code>LayerDescriptor</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LayerGroup"><code>LayerGroup</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/groupLayers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const groupLayers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  groupLayers as default
};
