import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BaselineBinding","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/type-aliases/BaselineBinding.md","filePath":"api/afd/type-aliases/BaselineBinding.md"}');
const _sfc_main = { name: "api/afd/type-aliases/BaselineBinding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / BaselineBinding</p><h1 id="type-alias-baselinebinding" tabindex="-1">Type Alias: BaselineBinding <a class="header-anchor" href="#type-alias-baselinebinding" aria-label="Permalink to &quot;Type Alias: BaselineBinding&quot;">​</a></h1><blockquote><p><strong>BaselineBinding</strong> = <code>&quot;attention-and-experts&quot;</code> | <code>&quot;all-to-all&quot;</code> | <code>&quot;hbm-capacity&quot;</code> | <code>&quot;tpot-target&quot;</code> | <code>&quot;search-limit&quot;</code></p></blockquote><p>The term that limits the baseline&#39;s per-GPU batch.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/type-aliases/BaselineBinding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BaselineBinding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BaselineBinding as default
};
