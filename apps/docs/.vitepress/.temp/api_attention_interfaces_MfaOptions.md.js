import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MfaOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/MfaOptions.md","filePath":"api/attention/interfaces/MfaOptions.md"}');
const _sfc_main = { name: "api/attention/interfaces/MfaOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MfaOptions</p><h1 id="interface-mfaoptions" tabindex="-1">Interface: MfaOptions <a class="header-anchor" href="#interface-mfaoptions" aria-label="Permalink to &quot;Interface: MfaOptions&quot;">​</a></h1><p>Options of <a href="./../functions/mfaProject">mfaProject</a> and <a href="./../functions/mfaAttention">mfaAttention</a>.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./MfaKeyReuseOptions"><code>MfaKeyReuseOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="eps" tabindex="-1">eps <a class="header-anchor" href="#eps" aria-label="Permalink to &quot;eps&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>eps</strong>: <code>number</code></p></blockquote><p>eps of the query-latent RMSNorm; Step-3&#39;s <code>rms_norm_eps</code> is 1e-5.</p><hr><h3 id="headdim" tabindex="-1">headDim <a class="header-anchor" href="#headdim" aria-label="Permalink to &quot;headDim&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>headDim</strong>: <code>number</code></p></blockquote><hr><h3 id="heads" tabindex="-1">heads <a class="header-anchor" href="#heads" aria-label="Permalink to &quot;heads&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>heads</strong>: <code>number</code></p></blockquote><hr><h3 id="positions" tabindex="-1">positions? <a class="header-anchor" href="#positions" aria-label="Permalink to &quot;positions?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>positions?</strong>: <code>ArrayLike</code>&lt;<code>number</code>&gt;</p></blockquote><p>Absolute position of each token; defaults to <code>0 … T − 1</code>.</p><hr><h3 id="rope" tabindex="-1">rope <a class="header-anchor" href="#rope" aria-label="Permalink to &quot;rope&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>rope</strong>: <code>false</code> | <a href="./MfaRope"><code>MfaRope</code></a></p></blockquote><p>RoPE on queries and the key, or <code>false</code> to switch it off (for tests).</p><hr><h3 id="scale" tabindex="-1">scale? <a class="header-anchor" href="#scale" aria-label="Permalink to &quot;scale?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>scale?</strong>: <code>number</code></p></blockquote><p>Softmax scale; defaults to <code>1/sqrt(d_h)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/MfaOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MfaOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MfaOptions as default
};
