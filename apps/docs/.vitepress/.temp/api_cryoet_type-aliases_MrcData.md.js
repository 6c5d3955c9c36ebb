import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcData","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcData.md","filePath":"api/cryoet/type-aliases/MrcData.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcData</p><h1 id="type-alias-mrcdata" tabindex="-1">Type Alias: MrcData <a class="header-anchor" href="#type-alias-mrcdata" aria-label="Permalink to &quot;Type Alias: MrcData&quot;">​</a></h1><blockquote><p><strong>MrcData</strong> = <code>Int8Array</code> | <code>Uint8Array</code> | <code>Int16Array</code> | <code>Uint16Array</code> | <code>Float32Array</code></p></blockquote><p>Voxel values of an MRC file, in file order. Modes 3 and 4 interleave real and imaginary parts, mode 16 interleaves R, G, B, mode 12 is widened to float32 exactly, and mode 101 gives one byte (0-15) per voxel.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcData as default
};
