import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ScaleGranularity","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/ScaleGranularity.md","filePath":"api/kvcache/type-aliases/ScaleGranularity.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/ScaleGranularity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ScaleGranularity</p><h1 id="type-alias-scalegranularity" tabindex="-1">Type Alias: ScaleGranularity <a class="header-anchor" href="#type-alias-scalegranularity" aria-label="Permalink to &quot;Type Alias: ScaleGranularity&quot;">​</a></h1><blockquote><p><strong>ScaleGranularity</strong> = <code>&quot;none&quot;</code> | <code>&quot;tensor&quot;</code> | <code>&quot;head&quot;</code> | <code>&quot;token&quot;</code> | <code>&quot;group&quot;</code> | <code>&quot;tile&quot;</code></p></blockquote><p>Which elements share one FP8 scale. <code>tile</code> is a group along the channel axis.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/ScaleGranularity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ScaleGranularity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ScaleGranularity as default
};
