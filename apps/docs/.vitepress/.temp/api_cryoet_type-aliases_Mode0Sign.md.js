import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Mode0Sign","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/Mode0Sign.md","filePath":"api/cryoet/type-aliases/Mode0Sign.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/Mode0Sign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Mode0Sign</p><h1 id="type-alias-mode0sign" tabindex="-1">Type Alias: Mode0Sign <a class="header-anchor" href="#type-alias-mode0sign" aria-label="Permalink to &quot;Type Alias: Mode0Sign&quot;">​</a></h1><blockquote><p><strong>Mode0Sign</strong> = <code>&quot;signed&quot;</code> | <code>&quot;unsigned&quot;</code> | <code>&quot;auto&quot;</code></p></blockquote><p>Sign of mode-0 bytes: <code>auto</code> decides from the header (IMOD flag, then statistics).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/Mode0Sign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Mode0Sign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Mode0Sign as default
};
