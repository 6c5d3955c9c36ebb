import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RooflineErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/type-aliases/RooflineErrorCode.md","filePath":"api/roofline/type-aliases/RooflineErrorCode.md"}');
const _sfc_main = { name: "api/roofline/type-aliases/RooflineErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / RooflineErrorCode</p><h1 id="type-alias-rooflineerrorcode" tabindex="-1">Type Alias: RooflineErrorCode <a class="header-anchor" href="#type-alias-rooflineerrorcode" aria-label="Permalink to &quot;Type Alias: RooflineErrorCode&quot;">​</a></h1><blockquote><p><strong>RooflineErrorCode</strong> = <code>&quot;INVALID_OPTION&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/RooflineError">RooflineError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/type-aliases/RooflineErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RooflineErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RooflineErrorCode as default
};
