import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rmsNorm()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/rmsNorm.md","filePath":"api/attention/functions/rmsNorm.md"}');
const _sfc_main = { name: "api/attention/functions/rmsNorm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / rmsNorm</p><h1 id="function-rmsnorm" tabindex="-1">Function: rmsNorm() <a class="header-anchor" href="#function-rmsnorm" aria-label="Permalink to &quot;Function: rmsNorm()&quot;">​</a></h1><blockquote><p><strong>rmsNorm</strong>(<code>x</code>, <code>gain</code>, <code>options</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Applies RMSNorm over the last axis (arXiv:1910.07467): <code>y[c] = x[c] / sqrt(mean(x²) + eps) · g[c]</code>, accumulated in float64. <code>gain</code> has the length of the last axis; omit it for a unit gain. <code>options</code> with <code>eps</code> is required.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="gain" tabindex="-1">gain <a class="header-anchor" href="#gain" aria-label="Permalink to &quot;gain&quot;">​</a></h3><p><code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>undefined</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/RmsNormOptions"><code>RmsNormOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/rmsNorm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rmsNorm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rmsNorm as default
};
