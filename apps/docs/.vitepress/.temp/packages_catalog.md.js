import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderStyle, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/catalog","description":"","frontmatter":{},"headers":[],"relativePath":"packages/catalog.md","filePath":"packages/catalog.md"}');
const _sfc_main = { name: "packages/catalog.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_LiveExample = resolveComponent("LiveExample");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="modelsys-catalog" tabindex="-1">@modelsys/catalog <a class="header-anchor" href="#modelsys-catalog" aria-label="Permalink to &quot;@modelsys/catalog&quot;">​</a></h1><p>Model and accelerator descriptors with their sources, and import from Hugging Face <code>config.json</code>.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">npm</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> install</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> @modelsys/catalog</span></span></code></pre></div><h2 id="concepts" tabindex="-1">Concepts <a class="header-anchor" href="#concepts" aria-label="Permalink to &quot;Concepts&quot;">​</a></h2><ul><li>A <strong>model descriptor</strong> is the decode stack, layer by layer: the attention design, a dense or MoE SwiGLU FFN, and the element type of its KV cache or state. Multi-token-prediction layers are not part of it.</li><li>The <strong>KV element type</strong> comes from the model family (FP8 for most; BF16 for Llama 4&#39;s global layers and MiniMax-M1&#39;s softmax layers; FP32 for linear-attention state), never from <code>torch_dtype</code>, which describes the checkpoint&#39;s weights.</li><li>An <strong>accelerator descriptor</strong> has a price per card-hour (or none), dense BF16 and FP8 peaks, HBM bandwidth and capacity, and NICs per server. Every entry names its source. Built-in entries are frozen; change a copy, such as <code>structuredClone(getModel(&quot;step-3&quot;))</code>.</li><li><strong>Import</strong>: core dimensions are required; structural fields a file leaves out take the config class&#39;s default and are listed in <code>defaultedFields</code>. The first name in <code>architectures</code> picks the config class, whatever <code>model_type</code> says. A null <code>head_dim</code> behaves as in that class: it becomes <code>hidden_size / num_attention_heads</code> (and is listed) where the class derives it, and is invalid for Qwen3 and Step-3, whose classes keep the null.</li></ul>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "catalog-import-config" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("packages/catalog.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const catalog = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  catalog as default
};
