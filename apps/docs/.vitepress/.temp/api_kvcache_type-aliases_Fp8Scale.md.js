import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Fp8Scale","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/Fp8Scale.md","filePath":"api/kvcache/type-aliases/Fp8Scale.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/Fp8Scale.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / Fp8Scale</p><h1 id="type-alias-fp8scale" tabindex="-1">Type Alias: Fp8Scale <a class="header-anchor" href="#type-alias-fp8scale" aria-label="Permalink to &quot;Type Alias: Fp8Scale&quot;">​</a></h1><blockquote><p><strong>Fp8Scale</strong> = <code>number</code> | { <code>blockSize</code>: <code>number</code>; <code>scales</code>: <code>Float32Array</code>; }</p></blockquote><p>Scales of an FP8 conversion: one number for the whole array, or one per block of <code>blockSize</code> consecutive elements, used in turn (block <code>k</code> takes <code>scales[k % scales.length]</code>). Per-head scales of a <code>[tokens, heads, headDim]</code> array are <code>{ scales: headScales, blockSize: headDim }</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/Fp8Scale.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Fp8Scale = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Fp8Scale as default
};
