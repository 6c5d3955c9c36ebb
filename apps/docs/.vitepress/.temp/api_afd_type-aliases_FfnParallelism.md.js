import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FfnParallelism","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/type-aliases/FfnParallelism.md","filePath":"api/afd/type-aliases/FfnParallelism.md"}');
const _sfc_main = { name: "api/afd/type-aliases/FfnParallelism.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / FfnParallelism</p><h1 id="type-alias-ffnparallelism" tabindex="-1">Type Alias: FfnParallelism <a class="header-anchor" href="#type-alias-ffnparallelism" aria-label="Permalink to &quot;Type Alias: FfnParallelism&quot;">​</a></h1><blockquote><p><strong>FfnParallelism</strong> = <code>&quot;ep&quot;</code> | <code>&quot;tp&quot;</code> | <code>&quot;ep+tp&quot;</code></p></blockquote><p>The split of one instance&#39;s FFN weights over its GPUs.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/type-aliases/FfnParallelism.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FfnParallelism = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FfnParallelism as default
};
