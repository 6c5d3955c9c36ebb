import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Mode0Rule","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/Mode0Rule.md","filePath":"api/cryoet/type-aliases/Mode0Rule.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/Mode0Rule.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Mode0Rule</p><h1 id="type-alias-mode0rule" tabindex="-1">Type Alias: Mode0Rule <a class="header-anchor" href="#type-alias-mode0rule" aria-label="Permalink to &quot;Type Alias: Mode0Rule&quot;">​</a></h1><blockquote><p><strong>Mode0Rule</strong> = <code>&quot;option&quot;</code> | <code>&quot;imodFlag&quot;</code> | <code>&quot;statistics&quot;</code> | <code>&quot;default&quot;</code></p></blockquote><p>Rule that decided the sign of mode-0 bytes.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/Mode0Rule.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Mode0Rule = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Mode0Rule as default
};
