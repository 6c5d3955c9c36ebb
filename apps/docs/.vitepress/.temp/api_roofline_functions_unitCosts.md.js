import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: unitCosts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/functions/unitCosts.md","filePath":"api/roofline/functions/unitCosts.md"}');
const _sfc_main = { name: "api/roofline/functions/unitCosts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / unitCosts</p><h1 id="function-unitcosts" tabindex="-1">Function: unitCosts() <a class="header-anchor" href="#function-unitcosts" aria-label="Permalink to &quot;Function: unitCosts()&quot;">​</a></h1><blockquote><p><strong>unitCosts</strong>(<code>accelerator</code>): <a href="./../interfaces/UnitCosts"><code>UnitCosts</code></a> | <code>null</code></p></blockquote><p>Returns the unit costs of <code>accelerator</code>: price per second over peak FLOP/s (the FP8 peak where the card has FP8) and over HBM bandwidth. Returns null when the accelerator has no price.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h3><p><code>AcceleratorDescriptor</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/UnitCosts"><code>UnitCosts</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/functions/unitCosts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const unitCosts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  unitCosts as default
};
