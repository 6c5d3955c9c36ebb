import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BindingConstraint","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/type-aliases/BindingConstraint.md","filePath":"api/afd/type-aliases/BindingConstraint.md"}');
const _sfc_main = { name: "api/afd/type-aliases/BindingConstraint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / BindingConstraint</p><h1 id="type-alias-bindingconstraint" tabindex="-1">Type Alias: BindingConstraint <a class="header-anchor" href="#type-alias-bindingconstraint" aria-label="Permalink to &quot;Type Alias: BindingConstraint&quot;">​</a></h1><blockquote><p><strong>BindingConstraint</strong> = <code>&quot;attention-memory-bandwidth&quot;</code> | <code>&quot;attention-compute&quot;</code> | <code>&quot;network&quot;</code> | <code>&quot;ffn-compute&quot;</code> | <code>&quot;ffn-weight-read&quot;</code> | <code>&quot;attention-hbm-capacity&quot;</code> | <code>&quot;ffn-hbm-capacity&quot;</code> | <code>&quot;ffn-parallelism&quot;</code> | <code>&quot;tpot-target&quot;</code> | <code>&quot;search-limit&quot;</code></p></blockquote><p>What stops a layout from taking one more token per attention GPU.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/type-aliases/BindingConstraint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BindingConstraint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BindingConstraint as default
};
