import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: evaluateThroughput()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/evaluateThroughput.md","filePath":"api/prfaas/functions/evaluateThroughput.md"}');
const _sfc_main = { name: "api/prfaas/functions/evaluateThroughput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / evaluateThroughput</p><h1 id="function-evaluatethroughput" tabindex="-1">Function: evaluateThroughput() <a class="header-anchor" href="#function-evaluatethroughput" aria-label="Permalink to &quot;Function: evaluateThroughput()&quot;">​</a></h1><blockquote><p><strong>evaluateThroughput</strong>(<code>input</code>): <a href="./../interfaces/ThroughputResult"><code>ThroughputResult</code></a></p></blockquote><p>Evaluates the closed-form throughput model of a PrfaaS deployment at one operating point: two producers (PrfaaS and PD-P) feed one consumer (PD-D), so Λ_max = min(Θ_prfaas / p, Θ_pd-p / (1 − p), Θ_pd-d). With p = 0 the PrfaaS term drops out, with p = 1 the PD-P term does, and N_p = 0 with p &lt; 1 gives Λ_max = 0.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/ThroughputInput"><code>ThroughputInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ThroughputResult"><code>ThroughputResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/evaluateThroughput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const evaluateThroughput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  evaluateThroughput as default
};
