import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Tensor","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/Tensor.md","filePath":"api/attention/interfaces/Tensor.md"}');
const _sfc_main = { name: "api/attention/interfaces/Tensor.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / Tensor</p><h1 id="interface-tensor" tabindex="-1">Interface: Tensor <a class="header-anchor" href="#interface-tensor" aria-label="Permalink to &quot;Interface: Tensor&quot;">​</a></h1><p>A row-major float32 tensor: element <code>(a, b, c)</code> of shape <code>[A, B, C]</code> sits at <code>(a·B + b)·C + c</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>data</strong>: <code>Float32Array</code></p></blockquote><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>shape</strong>: readonly <code>number</code>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/Tensor.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Tensor = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Tensor as default
};
