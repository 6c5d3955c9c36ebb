import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Placement","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/Placement.md","filePath":"api/prfaas/type-aliases/Placement.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/Placement.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / Placement</p><h1 id="type-alias-placement" tabindex="-1">Type Alias: Placement <a class="header-anchor" href="#type-alias-placement" aria-label="Permalink to &quot;Type Alias: Placement&quot;">​</a></h1><blockquote><p><strong>Placement</strong> = <code>&quot;bandwidth-scarce&quot;</code> | <code>&quot;bandwidth-plentiful&quot;</code></p></blockquote><p>Placement of cached prefixes (spec section 4.2).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/Placement.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Placement = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Placement as default
};
