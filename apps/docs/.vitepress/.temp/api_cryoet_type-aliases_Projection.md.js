import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Projection","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/Projection.md","filePath":"api/cryoet/type-aliases/Projection.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/Projection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Projection</p><h1 id="type-alias-projection" tabindex="-1">Type Alias: Projection <a class="header-anchor" href="#type-alias-projection" aria-label="Permalink to &quot;Type Alias: Projection&quot;">​</a></h1><blockquote><p><strong>Projection</strong> = <code>&quot;mean&quot;</code> | <code>&quot;max&quot;</code> | <code>&quot;min&quot;</code> | <code>&quot;sum&quot;</code></p></blockquote><p>Reduction that <a href="./../functions/projectVolume">projectVolume</a> applies to the voxels along the axis.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/Projection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Projection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Projection as default
};
