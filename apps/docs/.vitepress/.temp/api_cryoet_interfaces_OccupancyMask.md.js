import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OccupancyMask","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/OccupancyMask.md","filePath":"api/cryoet/interfaces/OccupancyMask.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/OccupancyMask.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / OccupancyMask</p><h1 id="interface-occupancymask" tabindex="-1">Interface: OccupancyMask <a class="header-anchor" href="#interface-occupancymask" aria-label="Permalink to &quot;Interface: OccupancyMask&quot;">​</a></h1><p>An occupancy mask: voxel → 1-based particle number (0 background), in file order <code>[z][y][x]</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <code>ArrayLike</code>&lt;<code>number</code>&gt;</p></blockquote><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: [<code>number</code>, <code>number</code>, <code>number</code>]</p></blockquote><p><code>[nz, ny, nx]</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/OccupancyMask.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OccupancyMask = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OccupancyMask as default
};
