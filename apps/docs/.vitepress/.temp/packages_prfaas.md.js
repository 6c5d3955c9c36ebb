import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderStyle, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/prfaas","description":"","frontmatter":{},"headers":[],"relativePath":"packages/prfaas.md","filePath":"packages/prfaas.md"}');
const _sfc_main = { name: "packages/prfaas.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_LiveExample = resolveComponent("LiveExample");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="modelsys-prfaas" tabindex="-1">@modelsys/prfaas <a class="header-anchor" href="#modelsys-prfaas" aria-label="Permalink to &quot;@modelsys/prfaas&quot;">​</a></h1><p>Prefill-as-a-Service: offload long prefills to a compute-dense cluster in another datacenter and ship their KV cache over a limited Ethernet link to the local prefill/decode cluster.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">npm</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> install</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> @modelsys/prfaas</span></span></code></pre></div><h2 id="concepts" tabindex="-1">Concepts <a class="header-anchor" href="#concepts" aria-label="Permalink to &quot;Concepts&quot;">​</a></h2><ul><li><strong>Clusters and link</strong>: a PrfaaS prefill cluster, a local PD cluster (prefill and decode instances), and a link with a bandwidth, a latency and an optional bandwidth-over-time profile. Each cluster keeps a prefix cache.</li><li><strong>Policies</strong>: <code>homogeneous-pd</code> (no offload), <code>naive-heterogeneous</code> (offload every prefill), <code>prfaas</code> (offload only when the uncached length passes a threshold, with a bandwidth-aware loop and cache-aware placement) and <code>mooncake-ttft</code> (lowest estimated TTFT, simulator only).</li><li><strong>Analytical model</strong>: the maximum sustainable rate is the smallest of the PrfaaS prefill, local prefill and decode capacities given the offloaded share; a grid search picks the threshold and the prefill:decode split.</li><li><strong>Simulator</strong>: a discrete-event simulation with one event order (time, priority, sequence), layer-wise KV transfer sharing the link max-min fairly, decode batching, and TTFT, TPOT, ITL, throughput, goodput against SLOs, link utilisation, hit rate, offload share and the threshold in force. Runs are deterministic for a seed.</li><li><strong>Control loop</strong>: <code>prfaas</code> moves its threshold with link utilisation and queue depth, so the configured t is where the loop starts. <code>controlLoop: false</code> holds t fixed, as the threshold sweep in the example below does.</li></ul><p>See the <a href="/prfaas-case-study">case study</a> for the three maximum sustainable rates against the paper&#39;s published gains.</p>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "prfaas-offload" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("packages/prfaas.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const prfaas = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  prfaas as default
};
