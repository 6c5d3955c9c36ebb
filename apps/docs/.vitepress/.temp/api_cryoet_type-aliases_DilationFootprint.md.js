import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: DilationFootprint","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/DilationFootprint.md","filePath":"api/cryoet/type-aliases/DilationFootprint.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/DilationFootprint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / DilationFootprint</p><h1 id="type-alias-dilationfootprint" tabindex="-1">Type Alias: DilationFootprint <a class="header-anchor" href="#type-alias-dilationfootprint" aria-label="Permalink to &quot;Type Alias: DilationFootprint&quot;">​</a></h1><blockquote><p><strong>DilationFootprint</strong> = <code>&quot;cross&quot;</code> | <code>&quot;cube&quot;</code> | <code>&quot;none&quot;</code></p></blockquote><p>Neighbourhood of the one-voxel dilation: the voxel and its 6 face neighbours, 26 neighbours, or no dilation.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/DilationFootprint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DilationFootprint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DilationFootprint as default
};
