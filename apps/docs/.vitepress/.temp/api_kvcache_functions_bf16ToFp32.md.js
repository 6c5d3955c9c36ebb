import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bf16ToFp32()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/bf16ToFp32.md","filePath":"api/kvcache/functions/bf16ToFp32.md"}');
const _sfc_main = { name: "api/kvcache/functions/bf16ToFp32.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / bf16ToFp32</p><h1 id="function-bf16tofp32" tabindex="-1">Function: bf16ToFp32() <a class="header-anchor" href="#function-bf16tofp32" aria-label="Permalink to &quot;Function: bf16ToFp32()&quot;">​</a></h1><blockquote><p><strong>bf16ToFp32</strong>(<code>bits</code>): <code>Float32Array</code></p></blockquote><p>Converts bf16 bits to fp32 values (exact: the bits become the top half of the fp32 word). Throws <code>INVALID_ARGUMENT</code> unless <code>bits</code> is a <code>Uint16Array</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bits" tabindex="-1">bits <a class="header-anchor" href="#bits" aria-label="Permalink to &quot;bits&quot;">​</a></h3><p><code>Uint16Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Float32Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/bf16ToFp32.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bf16ToFp32 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bf16ToFp32 as default
};
