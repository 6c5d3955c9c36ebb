import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Fp8Options","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/Fp8Options.md","filePath":"api/kvcache/interfaces/Fp8Options.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/Fp8Options.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / Fp8Options</p><h1 id="interface-fp8options" tabindex="-1">Interface: Fp8Options <a class="header-anchor" href="#interface-fp8options" aria-label="Permalink to &quot;Interface: Fp8Options&quot;">​</a></h1><p>Options of <a href="./../functions/encodeFp8">encodeFp8</a> and <a href="./../functions/decodeFp8">decodeFp8</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="inputtype" tabindex="-1">inputType? <a class="header-anchor" href="#inputtype" aria-label="Permalink to &quot;inputType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>inputType?</strong>: <code>&quot;fp16&quot;</code> | <code>&quot;bf16&quot;</code></p></blockquote><p>How to read a <code>Uint16Array</code> input: <code>fp16</code> (default) or <code>bf16</code> bit patterns. A <code>Float32Array</code> is always fp32.</p><hr><h3 id="saturate" tabindex="-1">saturate? <a class="header-anchor" href="#saturate" aria-label="Permalink to &quot;saturate?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>saturate?</strong>: <code>boolean</code></p></blockquote><p>Overflow mode. <code>true</code> (the default, as vLLM&#39;s and SGLang&#39;s KV kernels behave): values that round above the maximum, and ±Infinity, become ±max. <code>false</code>: they become Infinity in E5M2 and NaN in the E4M3 formats, as PyTorch&#39;s <code>.to(torch.float8_e4m3fn)</code> does.</p><hr><h3 id="scale" tabindex="-1">scale? <a class="header-anchor" href="#scale" aria-label="Permalink to &quot;scale?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>scale?</strong>: <a href="./../type-aliases/Fp8Scale"><code>Fp8Scale</code></a></p></blockquote><p>Scale: the encoder stores <code>fp8(fl32(x / scale))</code> and the decoder returns <code>fl32(fp8 × scale)</code>, as vLLM does. Default: no scale. Each scale is first rounded to fp32, the type frames store FP8 scales in, so these functions give the same codes and values as a frame with that scale. Scales must be finite and above 0, also after that rounding.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/Fp8Options.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Fp8Options = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Fp8Options as default
};
