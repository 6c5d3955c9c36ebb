import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcMode","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcMode.md","filePath":"api/cryoet/type-aliases/MrcMode.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcMode</p><h1 id="type-alias-mrcmode" tabindex="-1">Type Alias: MrcMode <a class="header-anchor" href="#type-alias-mrcmode" aria-label="Permalink to &quot;Type Alias: MrcMode&quot;">​</a></h1><blockquote><p><strong>MrcMode</strong> = <code>0</code> | <code>1</code> | <code>2</code> | <code>3</code> | <code>4</code> | <code>6</code> | <code>12</code> | <code>16</code> | <code>101</code></p></blockquote><p>An MRC data mode number. 16 (RGB) is an IMOD extension outside MRC2014.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcMode as default
};
