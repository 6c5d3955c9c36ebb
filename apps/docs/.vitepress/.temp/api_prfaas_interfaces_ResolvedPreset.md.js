import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ResolvedPreset","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ResolvedPreset.md","filePath":"api/prfaas/interfaces/ResolvedPreset.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ResolvedPreset.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ResolvedPreset</p><h1 id="interface-resolvedpreset" tabindex="-1">Interface: ResolvedPreset <a class="header-anchor" href="#interface-resolvedpreset" aria-label="Permalink to &quot;Interface: ResolvedPreset&quot;">​</a></h1><p>A preset with its cost models built.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="decode" tabindex="-1">decode <a class="header-anchor" href="#decode" aria-label="Permalink to &quot;decode&quot;">​</a></h3><blockquote><p><strong>decode</strong>: <a href="./DecodeCapacity"><code>DecodeCapacity</code></a></p></blockquote><hr><h3 id="lengths" tabindex="-1">lengths <a class="header-anchor" href="#lengths" aria-label="Permalink to &quot;lengths&quot;">​</a></h3><blockquote><p><strong>lengths</strong>: <a href="./LengthDistribution"><code>LengthDistribution</code></a></p></blockquote><hr><h3 id="pdaccelerator" tabindex="-1">pdAccelerator <a class="header-anchor" href="#pdaccelerator" aria-label="Permalink to &quot;pdAccelerator&quot;">​</a></h3><blockquote><p><strong>pdAccelerator</strong>: <code>AcceleratorDescriptor</code></p></blockquote><hr><h3 id="pdprefill" tabindex="-1">pdPrefill <a class="header-anchor" href="#pdprefill" aria-label="Permalink to &quot;pdPrefill&quot;">​</a></h3><blockquote><p><strong>pdPrefill</strong>: <a href="./PrefillCostModel"><code>PrefillCostModel</code></a></p></blockquote><hr><h3 id="preset" tabindex="-1">preset <a class="header-anchor" href="#preset" aria-label="Permalink to &quot;preset&quot;">​</a></h3><blockquote><p><strong>preset</strong>: <a href="./PrfaasPreset"><code>PrfaasPreset</code></a></p></blockquote><hr><h3 id="prfaasaccelerator" tabindex="-1">prfaasAccelerator <a class="header-anchor" href="#prfaasaccelerator" aria-label="Permalink to &quot;prfaasAccelerator&quot;">​</a></h3><blockquote><p><strong>prfaasAccelerator</strong>: <code>AcceleratorDescriptor</code></p></blockquote><hr><h3 id="prfaasprefill" tabindex="-1">prfaasPrefill <a class="header-anchor" href="#prfaasprefill" aria-label="Permalink to &quot;prfaasPrefill&quot;">​</a></h3><blockquote><p><strong>prfaasPrefill</strong>: <a href="./TablePrefillModel"><code>TablePrefillModel</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ResolvedPreset.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedPreset = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedPreset as default
};
