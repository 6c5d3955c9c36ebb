import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RooflineSplitOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/RooflineSplitOptions.md","filePath":"api/prfaas/interfaces/RooflineSplitOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/RooflineSplitOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / RooflineSplitOptions</p><h1 id="interface-rooflinesplitoptions" tabindex="-1">Interface: RooflineSplitOptions <a class="header-anchor" href="#interface-rooflinesplitoptions" aria-label="Permalink to &quot;Interface: RooflineSplitOptions&quot;">​</a></h1><p>Inputs of <a href="./../functions/rooflineSplitPrefillModel">rooflineSplitPrefillModel</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="memoryboundseconds" tabindex="-1">memoryBoundSeconds <a class="header-anchor" href="#memoryboundseconds" aria-label="Permalink to &quot;memoryBoundSeconds&quot;">​</a></h3><blockquote><p><strong>memoryBoundSeconds</strong>: <code>number</code></p></blockquote><p>The memory-bound part of every prefill, in seconds: the quadratic fit&#39;s intercept.</p><hr><h3 id="relativeefficiency" tabindex="-1">relativeEfficiency <a class="header-anchor" href="#relativeefficiency" aria-label="Permalink to &quot;relativeEfficiency&quot;">​</a></h3><blockquote><p><strong>relativeEfficiency</strong>: <code>number</code></p></blockquote><p>η_target / η_source: the target&#39;s achieved fraction of peak FLOP/s relative to the source&#39;s.</p><hr><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><blockquote><p><strong>source</strong>: <a href="./PrefillCostModel"><code>PrefillCostModel</code></a></p></blockquote><p>The measured profile on the source hardware (the case study&#39;s 8×H200 table).</p><hr><h3 id="sourceaccelerator" tabindex="-1">sourceAccelerator <a class="header-anchor" href="#sourceaccelerator" aria-label="Permalink to &quot;sourceAccelerator&quot;">​</a></h3><blockquote><p><strong>sourceAccelerator</strong>: <code>AcceleratorDescriptor</code></p></blockquote><hr><h3 id="targetaccelerator" tabindex="-1">targetAccelerator <a class="header-anchor" href="#targetaccelerator" aria-label="Permalink to &quot;targetAccelerator&quot;">​</a></h3><blockquote><p><strong>targetAccelerator</strong>: <code>AcceleratorDescriptor</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/RooflineSplitOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RooflineSplitOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RooflineSplitOptions as default
};
