import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: FfnKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/type-aliases/FfnKind.md","filePath":"api/catalog/type-aliases/FfnKind.md"}');
const _sfc_main = { name: "api/catalog/type-aliases/FfnKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / FfnKind</p><h1 id="type-alias-ffnkind" tabindex="-1">Type Alias: FfnKind <a class="header-anchor" href="#type-alias-ffnkind" aria-label="Permalink to &quot;Type Alias: FfnKind&quot;">​</a></h1><blockquote><p><strong>FfnKind</strong> = <a href="./../interfaces/DenseFfn"><code>DenseFfn</code></a> | <a href="./../interfaces/MoeFfn"><code>MoeFfn</code></a></p></blockquote><p>The FFN of one layer.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/type-aliases/FfnKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FfnKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FfnKind as default
};
