import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: tensor()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/tensor.md","filePath":"api/attention/functions/tensor.md"}');
const _sfc_main = { name: "api/attention/functions/tensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / tensor</p><h1 id="function-tensor" tabindex="-1">Function: tensor() <a class="header-anchor" href="#function-tensor" aria-label="Permalink to &quot;Function: tensor()&quot;">​</a></h1><blockquote><p><strong>tensor</strong>(<code>data</code>, <code>shape</code>, <code>name?</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Wraps <code>data</code> as a tensor of <code>shape</code>, checking that the element count matches. Throws <code>UNKNOWN_ELEMENT_TYPE</code> when <code>data</code> is not a <code>Float32Array</code> and <code>INVALID_SHAPE</code> for a bad shape. <code>name</code> labels the messages.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><code>Float32Array</code></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><p><code>string</code> = <code>&quot;tensor&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/tensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const tensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  tensor as default
};
