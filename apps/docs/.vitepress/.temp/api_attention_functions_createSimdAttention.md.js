import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createSimdAttention()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/createSimdAttention.md","filePath":"api/attention/functions/createSimdAttention.md"}');
const _sfc_main = { name: "api/attention/functions/createSimdAttention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / createSimdAttention</p><h1 id="function-createsimdattention" tabindex="-1">Function: createSimdAttention() <a class="header-anchor" href="#function-createsimdattention" aria-label="Permalink to &quot;Function: createSimdAttention()&quot;">​</a></h1><blockquote><p><strong>createSimdAttention</strong>(): <code>Promise</code>&lt;<a href="./../interfaces/SimdAttention"><code>SimdAttention</code></a>&gt;</p></blockquote><p>Instantiates the WebAssembly SIMD kernels. Throws <code>BACKEND_UNAVAILABLE</code> where the engine lacks WebAssembly SIMD (Node 20 and current browsers have it).</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/SimdAttention"><code>SimdAttention</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/createSimdAttention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createSimdAttention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createSimdAttention as default
};
