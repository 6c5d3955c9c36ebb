import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: acceleratorTokenCost()","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/functions/acceleratorTokenCost.md","filePath":"api/roofline/functions/acceleratorTokenCost.md"}');
const _sfc_main = { name: "api/roofline/functions/acceleratorTokenCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / acceleratorTokenCost</p><h1 id="function-acceleratortokencost" tabindex="-1">Function: acceleratorTokenCost() <a class="header-anchor" href="#function-acceleratortokencost" aria-label="Permalink to &quot;Function: acceleratorTokenCost()&quot;">​</a></h1><blockquote><p><strong>acceleratorTokenCost</strong>(<code>cost</code>, <code>accelerator</code>, <code>roofline?</code>): <a href="./../interfaces/AcceleratorTokenCost"><code>AcceleratorTokenCost</code></a></p></blockquote><p>Prices one decoded token on <code>accelerator</code> with the Step-3 report&#39;s composition (arXiv 2507.19427): attention <code>max(F_attn·U_flop, B_kv·U_byte) + F_linear·U_flop</code>, FFN <code>F_ffn·U_flop</code>, and their sum when co-located. A <code>roofline</code> other than <code>&quot;perKind&quot;</code> or <code>&quot;modelTotal&quot;</code> is <code>INVALID_OPTION</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="cost" tabindex="-1">cost <a class="header-anchor" href="#cost" aria-label="Permalink to &quot;cost&quot;">​</a></h3><p><a href="./../interfaces/ModelDecodeCost"><code>ModelDecodeCost</code></a></p><h3 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h3><p><code>AcceleratorDescriptor</code></p><h3 id="roofline" tabindex="-1">roofline? <a class="header-anchor" href="#roofline" aria-label="Permalink to &quot;roofline?&quot;">​</a></h3><p><a href="./../type-aliases/RooflineMode"><code>RooflineMode</code></a> = <code>&quot;perKind&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AcceleratorTokenCost"><code>AcceleratorTokenCost</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/functions/acceleratorTokenCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const acceleratorTokenCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  acceleratorTokenCost as default
};
