import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: findSaturationRate()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/findSaturationRate.md","filePath":"api/prfaas/functions/findSaturationRate.md"}');
const _sfc_main = { name: "api/prfaas/functions/findSaturationRate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / findSaturationRate</p><h1 id="function-findsaturationrate" tabindex="-1">Function: findSaturationRate() <a class="header-anchor" href="#function-findsaturationrate" aria-label="Permalink to &quot;Function: findSaturationRate()&quot;">​</a></h1><blockquote><p><strong>findSaturationRate</strong>(<code>config</code>, <code>workload</code>, <code>options</code>): <a href="./../interfaces/SaturationResult"><code>SaturationResult</code></a></p></blockquote><p>Finds the simulator&#39;s maximum sustainable rate: the largest Poisson arrival rate at which a run of the workload is stable (<a href="./isStable">isStable</a>), by bracketing around the guess and then bisection to <code>tolerance</code>. Every run uses the same seed. Each rate tried is reported.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="config" tabindex="-1">config <a class="header-anchor" href="#config" aria-label="Permalink to &quot;config&quot;">​</a></h3><p><a href="./../interfaces/SimulationConfig"><code>SimulationConfig</code></a></p><h3 id="workload" tabindex="-1">workload <a class="header-anchor" href="#workload" aria-label="Permalink to &quot;workload&quot;">​</a></h3><p>(<code>ratePerSecond</code>, <code>requests</code>) =&gt; <a href="./../interfaces/SyntheticWorkload"><code>SyntheticWorkload</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/SaturationOptions"><code>SaturationOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SaturationResult"><code>SaturationResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/findSaturationRate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const findSaturationRate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  findSaturationRate as default
};
