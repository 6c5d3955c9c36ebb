import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeFp8()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/decodeFp8.md","filePath":"api/kvcache/functions/decodeFp8.md"}');
const _sfc_main = { name: "api/kvcache/functions/decodeFp8.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / decodeFp8</p><h1 id="function-decodefp8" tabindex="-1">Function: decodeFp8() <a class="header-anchor" href="#function-decodefp8" aria-label="Permalink to &quot;Function: decodeFp8()&quot;">​</a></h1><blockquote><p><strong>decodeFp8</strong>(<code>bytes</code>, <code>format</code>, <code>options?</code>): <code>Float32Array</code></p></blockquote><p>Decodes FP8 codes to fp32 values: <code>fl32(decode(code) × scale)</code>. Every NaN code decodes to the default quiet NaN; Infinity codes stay infinite; a finite product beyond the fp32 maximum saturates to ±max.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><p><a href="./../type-aliases/Fp8Format"><code>Fp8Format</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/Fp8Options"><code>Fp8Options</code></a>, <code>&quot;scale&quot;</code>&gt; = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Float32Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/decodeFp8.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeFp8 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeFp8 as default
};
