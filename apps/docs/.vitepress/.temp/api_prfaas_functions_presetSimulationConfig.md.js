import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: presetSimulationConfig()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/presetSimulationConfig.md","filePath":"api/prfaas/functions/presetSimulationConfig.md"}');
const _sfc_main = { name: "api/prfaas/functions/presetSimulationConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / presetSimulationConfig</p><h1 id="function-presetsimulationconfig" tabindex="-1">Function: presetSimulationConfig() <a class="header-anchor" href="#function-presetsimulationconfig" aria-label="Permalink to &quot;Function: presetSimulationConfig()&quot;">​</a></h1><blockquote><p><strong>presetSimulationConfig</strong>(<code>resolved</code>, <code>policy</code>, <code>overrides?</code>): <a href="./../interfaces/SimulationConfig"><code>SimulationConfig</code></a></p></blockquote><p>Builds the simulator configuration of <code>policy</code> on a preset&#39;s deployment: homogeneous PD runs the preset&#39;s single PD cluster, naive heterogeneous its PrfaaS + PD-D baseline, and <code>prfaas</code> and <code>mooncake-ttft</code> the PrfaaS deployment. <code>overrides</code> replace any field.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="resolved" tabindex="-1">resolved <a class="header-anchor" href="#resolved" aria-label="Permalink to &quot;resolved&quot;">​</a></h3><p><a href="./../interfaces/ResolvedPreset"><code>ResolvedPreset</code></a></p><h3 id="policy" tabindex="-1">policy <a class="header-anchor" href="#policy" aria-label="Permalink to &quot;policy&quot;">​</a></h3><p><code>&quot;homogeneous-pd&quot;</code> | <code>&quot;naive-heterogeneous&quot;</code> | <code>&quot;prfaas&quot;</code> | <code>&quot;mooncake-ttft&quot;</code></p><h3 id="overrides" tabindex="-1">overrides? <a class="header-anchor" href="#overrides" aria-label="Permalink to &quot;overrides?&quot;">​</a></h3><p><code>Partial</code>&lt;<a href="./../interfaces/SimulationConfig"><code>SimulationConfig</code></a>&gt; = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SimulationConfig"><code>SimulationConfig</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/presetSimulationConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const presetSimulationConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  presetSimulationConfig as default
};
