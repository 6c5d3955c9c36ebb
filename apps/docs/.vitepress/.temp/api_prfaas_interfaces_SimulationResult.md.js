import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SimulationResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SimulationResult.md","filePath":"api/prfaas/interfaces/SimulationResult.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SimulationResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SimulationResult</p><h1 id="interface-simulationresult" tabindex="-1">Interface: SimulationResult <a class="header-anchor" href="#interface-simulationresult" aria-label="Permalink to &quot;Interface: SimulationResult&quot;">​</a></h1><p>A finished run with <code>requestLog: &quot;full&quot;</code>: its resolved configuration, its metrics and the per-request log.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="config" tabindex="-1">config <a class="header-anchor" href="#config" aria-label="Permalink to &quot;config&quot;">​</a></h3><blockquote><p><strong>config</strong>: <a href="./../type-aliases/ResolvedSimulationConfig"><code>ResolvedSimulationConfig</code></a></p></blockquote><hr><h3 id="log" tabindex="-1">log <a class="header-anchor" href="#log" aria-label="Permalink to &quot;log&quot;">​</a></h3><blockquote><p><strong>log</strong>: <a href="./../classes/RequestLog"><code>RequestLog</code></a></p></blockquote><hr><h3 id="metrics" tabindex="-1">metrics <a class="header-anchor" href="#metrics" aria-label="Permalink to &quot;metrics&quot;">​</a></h3><blockquote><p><strong>metrics</strong>: <a href="./SimulationMetrics"><code>SimulationMetrics</code></a></p></blockquote><hr><h3 id="summary" tabindex="-1">summary <a class="header-anchor" href="#summary" aria-label="Permalink to &quot;summary&quot;">​</a></h3><blockquote><p><strong>summary</strong>: <code>null</code></p></blockquote><hr><h3 id="transfers" tabindex="-1">transfers <a class="header-anchor" href="#transfers" aria-label="Permalink to &quot;transfers&quot;">​</a></h3><blockquote><p><strong>transfers</strong>: <code>object</code>[] | <code>null</code></p></blockquote><p>Transfers on the cross-cluster link with their peak rate, for checks (only when <code>recordTransfers</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SimulationResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SimulationResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SimulationResult as default
};
