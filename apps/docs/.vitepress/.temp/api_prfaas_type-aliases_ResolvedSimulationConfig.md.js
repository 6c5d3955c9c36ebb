import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ResolvedSimulationConfig","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/ResolvedSimulationConfig.md","filePath":"api/prfaas/type-aliases/ResolvedSimulationConfig.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/ResolvedSimulationConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ResolvedSimulationConfig</p><h1 id="type-alias-resolvedsimulationconfig" tabindex="-1">Type Alias: ResolvedSimulationConfig <a class="header-anchor" href="#type-alias-resolvedsimulationconfig" aria-label="Permalink to &quot;Type Alias: ResolvedSimulationConfig&quot;">​</a></h1><blockquote><p><strong>ResolvedSimulationConfig</strong> = <code>Omit</code>&lt;<a href="./../interfaces/SimulationConfig"><code>SimulationConfig</code></a>, <code>&quot;prfaasPrefill&quot;</code> | <code>&quot;pdPrefill&quot;</code> | <code>&quot;onProgress&quot;</code>&gt;</p></blockquote><p>The configuration a run resolved, without its cost-model functions, written with the results.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/ResolvedSimulationConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResolvedSimulationConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResolvedSimulationConfig as default
};
