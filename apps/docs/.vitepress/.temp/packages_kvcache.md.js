import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderStyle, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/kvcache","description":"","frontmatter":{},"headers":[],"relativePath":"packages/kvcache.md","filePath":"packages/kvcache.md"}');
const _sfc_main = { name: "packages/kvcache.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_LiveExample = resolveComponent("LiveExample");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="modelsys-kvcache" tabindex="-1">@modelsys/kvcache <a class="header-anchor" href="#modelsys-kvcache" aria-label="Permalink to &quot;@modelsys/kvcache&quot;">​</a></h1><p>KV-cache element formats, codecs and checksummed frames for moving KV caches between machines.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">npm</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> install</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> @modelsys/kvcache</span></span></code></pre></div><h2 id="concepts" tabindex="-1">Concepts <a class="header-anchor" href="#concepts" aria-label="Permalink to &quot;Concepts&quot;">​</a></h2><ul><li><strong>Element formats</strong>: fp16, bf16 and FP8 (E4M3FN, E5M2, E4M3FNUZ), bit-exact, round to nearest even, saturating or not, with per-tensor or per-block scales. A scale left out is derived per block as amax / max of the format, rounded up to the scale type, so a block of tiny values still encodes and its largest value never overflows.</li><li><strong>Codecs</strong> share one interface and state their error bound: raw, FP8 with scales, and KIVI-style integer groups at 8, 4 and 2 bits (keys grouped per channel over tokens, values per token over channels, recent tokens kept in full precision).</li><li><strong>Frames</strong>: a little-endian header with magic, version, codec, element type, full geometry, layer and token ranges, and a checksum per chunk; the decoder verifies before it hands out any data.</li><li><strong>Geometry</strong>: <code>modelPlanes</code> builds the planes of a real model from <code>@modelsys/catalog</code>: K and V per layer, the MLA latent, windows that keep only the window, fixed-size linear state.</li></ul>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "kvcache-codec-error" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("packages/kvcache.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const kvcache = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  kvcache as default
};
