import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderStyle, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/attention","description":"","frontmatter":{},"headers":[],"relativePath":"packages/attention.md","filePath":"packages/attention.md"}');
const _sfc_main = { name: "packages/attention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_LiveExample = resolveComponent("LiveExample");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="modelsys-attention" tabindex="-1">@modelsys/attention <a class="header-anchor" href="#modelsys-attention" aria-label="Permalink to &quot;@modelsys/attention&quot;">​</a></h1><p>Attention designs as data, and what one decoded token costs in each layer.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">npm</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> install</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> @modelsys/attention</span></span></code></pre></div><h2 id="concepts" tabindex="-1">Concepts <a class="header-anchor" href="#concepts" aria-label="Permalink to &quot;Concepts&quot;">​</a></h2><ul><li><strong>Grouped-query attention</strong> covers MHA (<code>numKvHeads = numQueryHeads</code>), GQA and MQA (<code>numKvHeads = 1</code>). <code>headDim</code> is always explicit: <code>hiddenSize / numQueryHeads</code> is wrong for many models (Qwen3-32B: 5120 / 64 = 80, but its heads are 128 wide).</li><li><strong>MFA</strong> (Multi-matrix Factorization Attention, Step-3) is MQA with one wide shared KV head and a low-rank query path; MFA-KR derives values from keys and caches only keys.</li><li><strong>MLA</strong> (DeepSeek-V2/V3) caches one vector per token per layer: the 512-wide latent plus the 64-wide RoPE key. There is no factor 2 for K and V.</li><li><strong>Local windows</strong>: a sliding window of W sees W keys including the query (Hugging Face, vLLM, SGLang); some code sees W + 1. A chunked layer sees only keys of its own chunk. Either way the cache holds at most W entries.</li><li><strong>Linear attention</strong> (lightning, KDA) keeps a fixed-size state instead of a growing cache.</li></ul><h2 id="gpu-js-back-end" tabindex="-1">gpu.js back end <a class="header-anchor" href="#gpu-js-back-end" aria-label="Permalink to &quot;gpu.js back end&quot;">​</a></h2><p>The reference kernels are plain TypeScript and the source of truth. <code>@modelsys/attention/gpu</code> runs the same attention API on gpu.js (WebGL2 in browsers, its WebAssembly or CPU mode in Node); this example says which back end it got and compares it with the reference.</p>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "attention-gpu-backend" }, null, _parent));
  _push(`<h2 id="window-conventions" tabindex="-1">Window conventions <a class="header-anchor" href="#window-conventions" aria-label="Permalink to &quot;Window conventions&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "attention-window-masks" }, null, _parent));
  _push(`<h2 id="hybrid-layer-patterns" tabindex="-1">Hybrid layer patterns <a class="header-anchor" href="#hybrid-layer-patterns" aria-label="Permalink to &quot;Hybrid layer patterns&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "attention-layer-patterns" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("packages/attention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attention as default
};
