import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MfaWeights","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/MfaWeights.md","filePath":"api/attention/interfaces/MfaWeights.md"}');
const _sfc_main = { name: "api/attention/interfaces/MfaWeights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MfaWeights</p><h1 id="interface-mfaweights" tabindex="-1">Interface: MfaWeights <a class="header-anchor" href="#interface-mfaweights" aria-label="Permalink to &quot;Interface: MfaWeights&quot;">​</a></h1><p>Weights of multi-matrix factorization attention (MFA) as Step-3 runs it, in <code>nn.Linear</code> layout (vLLM <code>step3_text.py</code>). Step-3&#39;s sizes: model width 7168, 64 heads of 256, query rank 2048 (arXiv:2507.19427).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="output" tabindex="-1">output <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>output</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p>Output projection <code>[d_model, H·d_h]</code>.</p><hr><h3 id="qkv" tabindex="-1">qkv <a class="header-anchor" href="#qkv" aria-label="Permalink to &quot;qkv&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>qkv</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p>Fused down-projection <code>[r + d_h + d_h, d_model]</code> giving <code>[q_lat | k | v]</code>.</p><hr><h3 id="querynormgain" tabindex="-1">queryNormGain? <a class="header-anchor" href="#querynormgain" aria-label="Permalink to &quot;queryNormGain?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>queryNormGain?</strong>: <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><p>Gain of the RMSNorm on the query latent (<code>inter_norm</code>, length <code>r</code>); omit for the paper-level form without that norm.</p><hr><h3 id="queryup" tabindex="-1">queryUp <a class="header-anchor" href="#queryup" aria-label="Permalink to &quot;queryUp&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>queryUp</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p>Per-head query up-projection <code>[H·d_h, r]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/MfaWeights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MfaWeights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MfaWeights as default
};
