import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AfdErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/type-aliases/AfdErrorCode.md","filePath":"api/afd/type-aliases/AfdErrorCode.md"}');
const _sfc_main = { name: "api/afd/type-aliases/AfdErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / AfdErrorCode</p><h1 id="type-alias-afderrorcode" tabindex="-1">Type Alias: AfdErrorCode <a class="header-anchor" href="#type-alias-afderrorcode" aria-label="Permalink to &quot;Type Alias: AfdErrorCode&quot;">​</a></h1><blockquote><p><strong>AfdErrorCode</strong> = <code>&quot;INVALID_OPTION&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/AfdError">AfdError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/type-aliases/AfdErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AfdErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AfdErrorCode as default
};
