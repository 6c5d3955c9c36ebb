import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildLayers()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/buildLayers.md","filePath":"api/catalog/functions/buildLayers.md"}');
const _sfc_main = { name: "api/catalog/functions/buildLayers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / buildLayers</p><h1 id="function-buildlayers" tabindex="-1">Function: buildLayers() <a class="header-anchor" href="#function-buildlayers" aria-label="Permalink to &quot;Function: buildLayers()&quot;">​</a></h1><blockquote><p><strong>buildLayers</strong>(<code>count</code>, <code>family</code>, <code>attentionAt</code>, <code>ffnAt</code>, <code>cacheElementTypeAt?</code>): <a href="./../interfaces/LayerDescriptor"><code>LayerDescriptor</code></a>[]</p></blockquote><p>Builds a decode stack of <code>count</code> layers from per-index attention and FFN choices.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><p><code>number</code></p><h3 id="family" tabindex="-1">family <a class="header-anchor" href="#family" aria-label="Permalink to &quot;family&quot;">​</a></h3><p><a href="./../type-aliases/ModelFamily"><code>ModelFamily</code></a></p><h3 id="attentionat" tabindex="-1">attentionAt <a class="header-anchor" href="#attentionat" aria-label="Permalink to &quot;attentionAt&quot;">​</a></h3><p>(<code>index</code>) =&gt; <code>AttentionKind</code></p><h3 id="ffnat" tabindex="-1">ffnAt <a class="header-anchor" href="#ffnat" aria-label="Permalink to &quot;ffnAt&quot;">​</a></h3><p>(<code>index</code>) =&gt; <a href="./../type-aliases/FfnKind"><code>FfnKind</code></a></p><h3 id="cacheelementtypeat" tabindex="-1">cacheElementTypeAt? <a class="header-anchor" href="#cacheelementtypeat" aria-label="Permalink to &quot;cacheElementTypeAt?&quot;">​</a></h3><p>(<code>index</code>, <code>attention</code>) =&gt; <code>ElementType</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LayerDescriptor"><code>LayerDescriptor</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/buildLayers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildLayers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildLayers as default
};
