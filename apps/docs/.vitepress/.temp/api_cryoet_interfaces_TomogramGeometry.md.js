import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: TomogramGeometry","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/TomogramGeometry.md","filePath":"api/cryoet/interfaces/TomogramGeometry.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/TomogramGeometry.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / TomogramGeometry</p><h1 id="interface-tomogramgeometry" tabindex="-1">Interface: TomogramGeometry <a class="header-anchor" href="#interface-tomogramgeometry" aria-label="Permalink to &quot;Interface: TomogramGeometry&quot;">​</a></h1><p>Tomogram geometry needed to convert RELION 5 centred Å coordinates to voxels.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><strong>size</strong>: [<code>number</code>, <code>number</code>, <code>number</code>]</p></blockquote><p>Size in voxels along x, y, z.</p><hr><h3 id="voxelsizeangstrom" tabindex="-1">voxelSizeAngstrom <a class="header-anchor" href="#voxelsizeangstrom" aria-label="Permalink to &quot;voxelSizeAngstrom&quot;">​</a></h3><blockquote><p><strong>voxelSizeAngstrom</strong>: <code>number</code></p></blockquote><p>Voxel size in Å.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/TomogramGeometry.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TomogramGeometry = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TomogramGeometry as default
};
