import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultThresholdGrid()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/defaultThresholdGrid.md","filePath":"api/prfaas/functions/defaultThresholdGrid.md"}');
const _sfc_main = { name: "api/prfaas/functions/defaultThresholdGrid.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / defaultThresholdGrid</p><h1 id="function-defaultthresholdgrid" tabindex="-1">Function: defaultThresholdGrid() <a class="header-anchor" href="#function-defaultthresholdgrid" aria-label="Permalink to &quot;Function: defaultThresholdGrid()&quot;">​</a></h1><blockquote><p><strong>defaultThresholdGrid</strong>(): <code>number</code>[]</p></blockquote><p>The search grid of thresholds: 100, 200, …, 131,000 tokens and +∞.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/defaultThresholdGrid.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultThresholdGrid = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultThresholdGrid as default
};
