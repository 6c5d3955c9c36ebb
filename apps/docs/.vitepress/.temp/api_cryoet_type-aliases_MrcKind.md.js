import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcKind.md","filePath":"api/cryoet/type-aliases/MrcKind.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcKind</p><h1 id="type-alias-mrckind" tabindex="-1">Type Alias: MrcKind <a class="header-anchor" href="#type-alias-mrckind" aria-label="Permalink to &quot;Type Alias: MrcKind&quot;">​</a></h1><blockquote><p><strong>MrcKind</strong> = <code>&quot;image&quot;</code> | <code>&quot;imageStack&quot;</code> | <code>&quot;volume&quot;</code> | <code>&quot;volumeStack&quot;</code></p></blockquote><p>Data kind, from ISPG and the dimensions (MRC2014 section on images, stacks and volumes).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcKind as default
};
