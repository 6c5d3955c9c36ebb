import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MfaKeyReuseWeights","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/MfaKeyReuseWeights.md","filePath":"api/attention/interfaces/MfaKeyReuseWeights.md"}');
const _sfc_main = { name: "api/attention/interfaces/MfaKeyReuseWeights.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MfaKeyReuseWeights</p><h1 id="interface-mfakeyreuseweights" tabindex="-1">Interface: MfaKeyReuseWeights <a class="header-anchor" href="#interface-mfakeyreuseweights" aria-label="Permalink to &quot;Interface: MfaKeyReuseWeights&quot;">​</a></h1><p>Weights of MFA with key reuse (MFA-KR): values are <code>v_j = k_j·M</code>, so only keys are cached.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="output" tabindex="-1">output <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>output</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><hr><h3 id="querykey" tabindex="-1">queryKey <a class="header-anchor" href="#querykey" aria-label="Permalink to &quot;queryKey&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>queryKey</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p>Fused down-projection <code>[r + d_h, d_model]</code> giving <code>[q_lat | k]</code>.</p><hr><h3 id="querynormgain" tabindex="-1">queryNormGain? <a class="header-anchor" href="#querynormgain" aria-label="Permalink to &quot;queryNormGain?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>queryNormGain?</strong>: <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote><hr><h3 id="queryup" tabindex="-1">queryUp <a class="header-anchor" href="#queryup" aria-label="Permalink to &quot;queryUp&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>queryUp</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><hr><h3 id="reusegate" tabindex="-1">reuseGate <a class="header-anchor" href="#reusegate" aria-label="Permalink to &quot;reuseGate&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>reuseGate</strong>: <code>Float32Array</code></p></blockquote><p><code>α</code>, length <code>d_h</code>, initialised to 0 so that <code>M = I</code>.</p><hr><h3 id="reusematrix" tabindex="-1">reuseMatrix <a class="header-anchor" href="#reusematrix" aria-label="Permalink to &quot;reuseMatrix&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>reuseMatrix</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p><code>N</code>, <code>[d_h, d_h]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/MfaKeyReuseWeights.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MfaKeyReuseWeights = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MfaKeyReuseWeights as default
};
