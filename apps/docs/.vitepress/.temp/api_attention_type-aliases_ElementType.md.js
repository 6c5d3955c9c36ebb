import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ElementType","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/ElementType.md","filePath":"api/attention/type-aliases/ElementType.md"}');
const _sfc_main = { name: "api/attention/type-aliases/ElementType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / ElementType</p><h1 id="type-alias-elementtype" tabindex="-1">Type Alias: ElementType <a class="header-anchor" href="#type-alias-elementtype" aria-label="Permalink to &quot;Type Alias: ElementType&quot;">​</a></h1><blockquote><p><strong>ElementType</strong> = <code>&quot;fp32&quot;</code> | <code>&quot;bf16&quot;</code> | <code>&quot;fp16&quot;</code> | <code>&quot;fp8&quot;</code> | <code>&quot;int8&quot;</code></p></blockquote><p>Storage element types for weights, KV caches and recurrent states. <code>int8</code> has the byte size of <code>fp8</code>: hardware without FP8 stores caches as INT8 (Step-3 report, arXiv 2507.19427).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/ElementType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ElementType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ElementType as default
};
