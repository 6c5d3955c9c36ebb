import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: linear()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/linear.md","filePath":"api/attention/functions/linear.md"}');
const _sfc_main = { name: "api/attention/functions/linear.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / linear</p><h1 id="function-linear" tabindex="-1">Function: linear() <a class="header-anchor" href="#function-linear" aria-label="Permalink to &quot;Function: linear()&quot;">​</a></h1><blockquote><p><strong>linear</strong>(<code>x</code>, <code>weight</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Applies a bias-free linear layer in the PyTorch <code>nn.Linear</code> layout: <code>x</code> is <code>[T, in]</code>, <code>weight</code> is <code>[out, in]</code>, and <code>y[t, o] = Σ_i weight[o, i]·x[t, i]</code>, accumulated in float64.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="weight" tabindex="-1">weight <a class="header-anchor" href="#weight" aria-label="Permalink to &quot;weight&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/linear.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const linear = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  linear as default
};
