import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PlaneRole","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/PlaneRole.md","filePath":"api/kvcache/type-aliases/PlaneRole.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/PlaneRole.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / PlaneRole</p><h1 id="type-alias-planerole" tabindex="-1">Type Alias: PlaneRole <a class="header-anchor" href="#type-alias-planerole" aria-label="Permalink to &quot;Type Alias: PlaneRole&quot;">​</a></h1><blockquote><p><strong>PlaneRole</strong> = <code>&quot;key&quot;</code> | <code>&quot;value&quot;</code> | <code>&quot;latent&quot;</code> | <code>&quot;state&quot;</code></p></blockquote><p>What a plane holds: keys, values, an MLA latent, or a linear-attention state.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/PlaneRole.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlaneRole = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlaneRole as default
};
