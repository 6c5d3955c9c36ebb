import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OmeZarrOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/OmeZarrOptions.md","filePath":"api/cryoet/interfaces/OmeZarrOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/OmeZarrOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / OmeZarrOptions</p><h1 id="interface-omezarroptions" tabindex="-1">Interface: OmeZarrOptions <a class="header-anchor" href="#interface-omezarroptions" aria-label="Permalink to &quot;Interface: OmeZarrOptions&quot;">​</a></h1><p>Options of <a href="./../functions/writeOmeZarr">writeOmeZarr</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="chunks" tabindex="-1">chunks? <a class="header-anchor" href="#chunks" aria-label="Permalink to &quot;chunks?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>chunks?</strong>: [<code>number</code>, <code>number</code>, <code>number</code>]</p></blockquote><p>Chunk shape <code>[z, y, x]</code>. Default 64 voxels per axis, clipped to the volume.</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Name of the image in the multiscales metadata.</p><hr><h3 id="originangstrom" tabindex="-1">originAngstrom? <a class="header-anchor" href="#originangstrom" aria-label="Permalink to &quot;originAngstrom?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>originAngstrom?</strong>: <a href="./../type-aliases/Vec3"><code>Vec3</code></a></p></blockquote><p>Position of voxel (0, 0, 0) in Å along x, y, z, written as a translation in nanometres.</p><hr><h3 id="voxelsizeangstrom" tabindex="-1">voxelSizeAngstrom? <a class="header-anchor" href="#voxelsizeangstrom" aria-label="Permalink to &quot;voxelSizeAngstrom?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>voxelSizeAngstrom?</strong>: <a href="./../type-aliases/Vec3"><code>Vec3</code></a></p></blockquote><p>Voxel size in Å along x, y, z, written as nanometres in the scale transform.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/OmeZarrOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OmeZarrOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OmeZarrOptions as default
};
