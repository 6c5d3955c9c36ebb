import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rooflinePrefillModel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/rooflinePrefillModel.md","filePath":"api/prfaas/functions/rooflinePrefillModel.md"}');
const _sfc_main = { name: "api/prfaas/functions/rooflinePrefillModel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / rooflinePrefillModel</p><h1 id="function-rooflineprefillmodel" tabindex="-1">Function: rooflinePrefillModel() <a class="header-anchor" href="#function-rooflineprefillmodel" aria-label="Permalink to &quot;Function: rooflinePrefillModel()&quot;">​</a></h1><blockquote><p><strong>rooflinePrefillModel</strong>(<code>model</code>, <code>options</code>): <a href="./../interfaces/PrefillCostModel"><code>PrefillCostModel</code></a></p></blockquote><p>Returns a <a href="./../interfaces/PrefillCostModel">PrefillCostModel</a> of <code>model</code> on one instance from the roofline estimate and theoretical KV bytes, for hardware without a measured profile.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/RooflinePrefillOptions"><code>RooflinePrefillOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PrefillCostModel"><code>PrefillCostModel</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/rooflinePrefillModel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rooflinePrefillModel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rooflinePrefillModel as default
};
