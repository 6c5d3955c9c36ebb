import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: dilateOccupancy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/dilateOccupancy.md","filePath":"api/cryoet/functions/dilateOccupancy.md"}');
const _sfc_main = { name: "api/cryoet/functions/dilateOccupancy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / dilateOccupancy</p><h1 id="function-dilateoccupancy" tabindex="-1">Function: dilateOccupancy() <a class="header-anchor" href="#function-dilateoccupancy" aria-label="Permalink to &quot;Function: dilateOccupancy()&quot;">​</a></h1><blockquote><p><strong>dilateOccupancy</strong>(<code>mask</code>, <code>footprint?</code>): <code>Int32Array</code></p></blockquote><p>Dilates an occupancy mask once with a maximum filter: each voxel takes the highest particle number in its footprint. Neighbours outside the volume are ignored, so where two particles touch, the higher number wins, also on the boundary voxels of the lower one.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mask" tabindex="-1">mask <a class="header-anchor" href="#mask" aria-label="Permalink to &quot;mask&quot;">​</a></h3><p><a href="./../interfaces/OccupancyMask"><code>OccupancyMask</code></a></p><h3 id="footprint" tabindex="-1">footprint? <a class="header-anchor" href="#footprint" aria-label="Permalink to &quot;footprint?&quot;">​</a></h3><p><a href="./../type-aliases/DilationFootprint"><code>DilationFootprint</code></a> = <code>&quot;cross&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Int32Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/dilateOccupancy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const dilateOccupancy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  dilateOccupancy as default
};
