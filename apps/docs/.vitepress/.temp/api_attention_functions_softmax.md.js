import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: softmax()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/softmax.md","filePath":"api/attention/functions/softmax.md"}');
const _sfc_main = { name: "api/attention/functions/softmax.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / softmax</p><h1 id="function-softmax" tabindex="-1">Function: softmax() <a class="header-anchor" href="#function-softmax" aria-label="Permalink to &quot;Function: softmax()&quot;">​</a></h1><blockquote><p><strong>softmax</strong>(<code>x</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Applies a numerically stable softmax over the last axis: <code>p_j = exp(x_j − m) / Σ exp(x_k − m)</code> with <code>m</code> the row maximum, accumulated in float64. A row whose maximum is <code>−∞</code> (every entry masked) gives zeros, the convention of PyTorch&#39;s <code>_safe_softmax</code>. NaN anywhere in a row makes the whole row NaN.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/softmax.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const softmax = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  softmax as default
};
