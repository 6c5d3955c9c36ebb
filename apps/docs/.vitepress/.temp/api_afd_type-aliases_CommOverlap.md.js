import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CommOverlap","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/type-aliases/CommOverlap.md","filePath":"api/afd/type-aliases/CommOverlap.md"}');
const _sfc_main = { name: "api/afd/type-aliases/CommOverlap.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / CommOverlap</p><h1 id="type-alias-commoverlap" tabindex="-1">Type Alias: CommOverlap <a class="header-anchor" href="#type-alias-commoverlap" aria-label="Permalink to &quot;Type Alias: CommOverlap&quot;">​</a></h1><blockquote><p><strong>CommOverlap</strong> = <code>&quot;sum&quot;</code> | <code>&quot;duplex&quot;</code></p></blockquote><p>The time sharing of the two communication legs: one after the other, or full duplex.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/type-aliases/CommOverlap.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CommOverlap = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CommOverlap as default
};
