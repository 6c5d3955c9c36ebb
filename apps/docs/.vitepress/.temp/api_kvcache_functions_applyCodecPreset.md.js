import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: applyCodecPreset()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/applyCodecPreset.md","filePath":"api/kvcache/functions/applyCodecPreset.md"}');
const _sfc_main = { name: "api/kvcache/functions/applyCodecPreset.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / applyCodecPreset</p><h1 id="function-applycodecpreset" tabindex="-1">Function: applyCodecPreset() <a class="header-anchor" href="#function-applycodecpreset" aria-label="Permalink to &quot;Function: applyCodecPreset()&quot;">​</a></h1><blockquote><p><strong>applyCodecPreset</strong>(<code>plane</code>, <code>preset</code>, <code>options?</code>): <a href="./../interfaces/PlaneDescriptor"><code>PlaneDescriptor</code></a></p></blockquote><p>Gives a plane the encoding a preset names. <code>fp16</code>, <code>bf16</code>: raw in that type (the plane&#39;s element type becomes it); <code>fp16-deflate</code>: raw fp16 with byte-plane split and deflate; <code>fp8-*</code>: saturating FP8 with one fp32 scale per layer (vLLM&#39;s k_scale and v_scale); <code>kivi-int*</code>: integer groups of G along tokens for keys and latents, along channels for values, with the default residual split. State planes stay raw: linear-attention states are read and rewritten every step, and no KV codec here is meant for them.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="plane" tabindex="-1">plane <a class="header-anchor" href="#plane" aria-label="Permalink to &quot;plane&quot;">​</a></h3><p><a href="./../interfaces/PlaneGeometry"><code>PlaneGeometry</code></a></p><h3 id="preset" tabindex="-1">preset <a class="header-anchor" href="#preset" aria-label="Permalink to &quot;preset&quot;">​</a></h3><p><code>&quot;fp16&quot;</code> | <code>&quot;bf16&quot;</code> | <code>&quot;fp16-deflate&quot;</code> | <code>&quot;fp8-e4m3fn&quot;</code> | <code>&quot;fp8-e5m2&quot;</code> | <code>&quot;kivi-int8&quot;</code> | <code>&quot;kivi-int4&quot;</code> | <code>&quot;kivi-int2&quot;</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/CodecPresetOptions"><code>CodecPresetOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PlaneDescriptor"><code>PlaneDescriptor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/applyCodecPreset.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applyCodecPreset = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applyCodecPreset as default
};
