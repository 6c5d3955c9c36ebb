import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ModelFamily","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/type-aliases/ModelFamily.md","filePath":"api/catalog/type-aliases/ModelFamily.md"}');
const _sfc_main = { name: "api/catalog/type-aliases/ModelFamily.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / ModelFamily</p><h1 id="type-alias-modelfamily" tabindex="-1">Type Alias: ModelFamily <a class="header-anchor" href="#type-alias-modelfamily" aria-label="Permalink to &quot;Type Alias: ModelFamily&quot;">​</a></h1><blockquote><p><strong>ModelFamily</strong> = <code>&quot;step3&quot;</code> | <code>&quot;mla&quot;</code> | <code>&quot;gqa&quot;</code> | <code>&quot;llama4&quot;</code> | <code>&quot;minimax&quot;</code> | <code>&quot;step3.5&quot;</code> | <code>&quot;kimi-linear&quot;</code></p></blockquote><p>Model families whose serving precision the Step-3 report (arXiv 2507.19427, table of quantisation assumptions) fixes. Imports take the KV element type from the family, never from <code>torch_dtype</code>, which describes the checkpoint&#39;s weights.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/type-aliases/ModelFamily.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModelFamily = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModelFamily as default
};
