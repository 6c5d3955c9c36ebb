import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modelDecodeCost()","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/functions/modelDecodeCost.md","filePath":"api/roofline/functions/modelDecodeCost.md"}');
const _sfc_main = { name: "api/roofline/functions/modelDecodeCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / modelDecodeCost</p><h1 id="function-modeldecodecost" tabindex="-1">Function: modelDecodeCost() <a class="header-anchor" href="#function-modeldecodecost" aria-label="Permalink to &quot;Function: modelDecodeCost()&quot;">​</a></h1><blockquote><p><strong>modelDecodeCost</strong>(<code>model</code>, <code>options</code>): <a href="./../interfaces/ModelDecodeCost"><code>ModelDecodeCost</code></a></p></blockquote><p>Computes the cost of one decoded token of <code>model</code> at <code>contextTokens</code>: KV bytes, attention, linear and FFN FLOPs and arithmetic intensity, summed over layers, with a breakdown per layer kind. Follows the Step-3 report&#39;s cost model (arXiv 2507.19427).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/DecodeCostOptions"><code>DecodeCostOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModelDecodeCost"><code>ModelDecodeCost</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/functions/modelDecodeCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modelDecodeCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modelDecodeCost as default
};
