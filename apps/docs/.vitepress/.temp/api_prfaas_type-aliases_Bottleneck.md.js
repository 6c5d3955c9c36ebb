import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Bottleneck","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/Bottleneck.md","filePath":"api/prfaas/type-aliases/Bottleneck.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/Bottleneck.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / Bottleneck</p><h1 id="type-alias-bottleneck" tabindex="-1">Type Alias: Bottleneck <a class="header-anchor" href="#type-alias-bottleneck" aria-label="Permalink to &quot;Type Alias: Bottleneck&quot;">​</a></h1><blockquote><p><strong>Bottleneck</strong> = <code>&quot;prfaas-compute&quot;</code> | <code>&quot;prfaas-network&quot;</code> | <code>&quot;pd-prefill&quot;</code> | <code>&quot;pd-decode&quot;</code> | <code>&quot;no-capacity&quot;</code></p></blockquote><p>Which stage limits the maximum sustainable rate.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/Bottleneck.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Bottleneck = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Bottleneck as default
};
