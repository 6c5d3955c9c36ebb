import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rooflineSplitPrefillModel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/rooflineSplitPrefillModel.md","filePath":"api/prfaas/functions/rooflineSplitPrefillModel.md"}');
const _sfc_main = { name: "api/prfaas/functions/rooflineSplitPrefillModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / rooflineSplitPrefillModel</p><h1 id="function-rooflinesplitprefillmodel" tabindex="-1">Function: rooflineSplitPrefillModel() <a class="header-anchor" href="#function-rooflinesplitprefillmodel" aria-label="Permalink to &quot;Function: rooflineSplitPrefillModel()&quot;">​</a></h1><blockquote><p><strong>rooflineSplitPrefillModel</strong>(<code>options</code>): <a href="./../interfaces/PrefillCostModel"><code>PrefillCostModel</code></a></p></blockquote><p>Derives a prefill profile for other hardware by the roofline split: the fixed part <code>a</code> scales with HBM bandwidth and the length-dependent rest with dense BF16 peak FLOP/s times efficiency, T_target(l) = a · BW_src / BW_tgt + (T_src(l) − a) · (F_src · η_src) / (F_tgt · η_tgt). KV bytes and the table range are the source&#39;s: the cache layout does not depend on the hardware, and every lookup goes through the source&#39;s table.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/RooflineSplitOptions"><code>RooflineSplitOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PrefillCostModel"><code>PrefillCostModel</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/rooflineSplitPrefillModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rooflineSplitPrefillModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rooflineSplitPrefillModel as default
};
