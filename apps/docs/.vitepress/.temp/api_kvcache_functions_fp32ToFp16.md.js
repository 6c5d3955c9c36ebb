import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fp32ToFp16()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/fp32ToFp16.md","filePath":"api/kvcache/functions/fp32ToFp16.md"}');
const _sfc_main = { name: "api/kvcache/functions/fp32ToFp16.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / fp32ToFp16</p><h1 id="function-fp32tofp16" tabindex="-1">Function: fp32ToFp16() <a class="header-anchor" href="#function-fp32tofp16" aria-label="Permalink to &quot;Function: fp32ToFp16()&quot;">​</a></h1><blockquote><p><strong>fp32ToFp16</strong>(<code>values</code>): <code>Uint16Array</code></p></blockquote><p>Converts fp32 values to fp16 bits with round to nearest, ties to even. A NaN becomes the quiet NaN 0x7E00 with the input&#39;s sign bit. Throws <code>INVALID_ARGUMENT</code> unless <code>values</code> is a <code>Float32Array</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><code>Float32Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint16Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/fp32ToFp16.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fp32ToFp16 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fp32ToFp16 as default
};
