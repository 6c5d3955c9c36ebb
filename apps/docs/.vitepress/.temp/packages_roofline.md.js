import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderStyle, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/roofline","description":"","frontmatter":{},"headers":[],"relativePath":"packages/roofline.md","filePath":"packages/roofline.md"}');
const _sfc_main = { name: "packages/roofline.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_LiveExample = resolveComponent("LiveExample");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="modelsys-roofline" tabindex="-1">@modelsys/roofline <a class="header-anchor" href="#modelsys-roofline" aria-label="Permalink to &quot;@modelsys/roofline&quot;">​</a></h1><p>What one decoded token costs, with the Step-3 system report&#39;s cost model (arXiv 2507.19427).</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">npm</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> install</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> @modelsys/roofline</span></span></code></pre></div><h2 id="concepts" tabindex="-1">Concepts <a class="header-anchor" href="#concepts" aria-label="Permalink to &quot;Concepts&quot;">​</a></h2><ul><li><strong>Per-token figures</strong>: KV bytes read, attention FLOPs (QKᵀ + PV), projection FLOPs and FFN FLOPs of the activated experts, summed over layers.</li><li><strong>Pricing</strong>: one FLOP costs <code>price / 3600 / peak</code>, one byte <code>price / 3600 / bandwidth</code>. Attention takes the roofline <code>max(FLOP cost, byte cost)</code> per layer kind plus projection FLOPs; the FFN is priced by FLOPs. AFD pairs the cheapest attention accelerator with the cheapest FFN accelerator.</li><li><strong>Assumptions</strong> (from the report): 100 % of peak, projections and FFN compute-bound at large batch, embedding, LM head and communication left out.</li></ul>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "roofline-decode-cost" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("packages/roofline.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const roofline = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  roofline as default
};
