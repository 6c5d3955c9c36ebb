import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: layerDecodeCost()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/layerDecodeCost.md","filePath":"api/attention/functions/layerDecodeCost.md"}');
const _sfc_main = { name: "api/attention/functions/layerDecodeCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / layerDecodeCost</p><h1 id="function-layerdecodecost" tabindex="-1">Function: layerDecodeCost() <a class="header-anchor" href="#function-layerdecodecost" aria-label="Permalink to &quot;Function: layerDecodeCost()&quot;">​</a></h1><blockquote><p><strong>layerDecodeCost</strong>(<code>attention</code>, <code>contextTokens</code>, <code>hiddenSize</code>, <code>options</code>): <a href="./../interfaces/LayerDecodeCost"><code>LayerDecodeCost</code></a></p></blockquote><p>Returns the KV bytes, attention FLOPs, projection FLOPs and intensity of one decoded token in one layer. Throws <code>INVALID_DESCRIPTOR</code> for a malformed descriptor, <code>INVALID_CONTEXT_LENGTH</code>, <code>INVALID_ARGUMENT</code> for a hidden size that is not a positive integer, and <code>UNKNOWN_OPTION</code> for an option key or convention it does not know.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h3 id="contexttokens" tabindex="-1">contextTokens <a class="header-anchor" href="#contexttokens" aria-label="Permalink to &quot;contextTokens&quot;">​</a></h3><p><code>number</code></p><h3 id="hiddensize" tabindex="-1">hiddenSize <a class="header-anchor" href="#hiddensize" aria-label="Permalink to &quot;hiddenSize&quot;">​</a></h3><p><code>number</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/LayerCostOptions"><code>LayerCostOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LayerDecodeCost"><code>LayerDecodeCost</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/layerDecodeCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const layerDecodeCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  layerDecodeCost as default
};
