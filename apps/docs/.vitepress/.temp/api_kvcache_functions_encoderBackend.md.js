import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encoderBackend()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/encoderBackend.md","filePath":"api/kvcache/functions/encoderBackend.md"}');
const _sfc_main = { name: "api/kvcache/functions/encoderBackend.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / encoderBackend</p><h1 id="function-encoderbackend" tabindex="-1">Function: encoderBackend() <a class="header-anchor" href="#function-encoderbackend" aria-label="Permalink to &quot;Function: encoderBackend()&quot;">​</a></h1><blockquote><p><strong>encoderBackend</strong>(): <code>&quot;wasm-simd&quot;</code> | <code>&quot;javascript&quot;</code></p></blockquote><p>Names the kernels the FP8 and integer encoders run here: <code>&quot;wasm-simd&quot;</code> where the engine compiles the WebAssembly SIMD module (Node 20, current browsers), else <code>&quot;javascript&quot;</code>. Both write the same bytes.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>&quot;wasm-simd&quot;</code> | <code>&quot;javascript&quot;</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/encoderBackend.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encoderBackend = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encoderBackend as default
};
