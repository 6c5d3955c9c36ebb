import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: VoxelStatistics","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/VoxelStatistics.md","filePath":"api/cryoet/interfaces/VoxelStatistics.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/VoxelStatistics.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / VoxelStatistics</p><h1 id="interface-voxelstatistics" tabindex="-1">Interface: VoxelStatistics <a class="header-anchor" href="#interface-voxelstatistics" aria-label="Permalink to &quot;Interface: VoxelStatistics&quot;">​</a></h1><p>Statistics of the voxels seen so far. For complex data, min, max and mean are of the real parts.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="count" tabindex="-1">count <a class="header-anchor" href="#count" aria-label="Permalink to &quot;count&quot;">​</a></h3><blockquote><p><strong>count</strong>: <code>number</code></p></blockquote><p>Number of voxels (complex values count once).</p><hr><h3 id="max" tabindex="-1">max <a class="header-anchor" href="#max" aria-label="Permalink to &quot;max&quot;">​</a></h3><blockquote><p><strong>max</strong>: <code>number</code></p></blockquote><hr><h3 id="mean" tabindex="-1">mean <a class="header-anchor" href="#mean" aria-label="Permalink to &quot;mean&quot;">​</a></h3><blockquote><p><strong>mean</strong>: <code>number</code></p></blockquote><hr><h3 id="min" tabindex="-1">min <a class="header-anchor" href="#min" aria-label="Permalink to &quot;min&quot;">​</a></h3><blockquote><p><strong>min</strong>: <code>number</code></p></blockquote><hr><h3 id="nonfinite" tabindex="-1">nonFinite <a class="header-anchor" href="#nonfinite" aria-label="Permalink to &quot;nonFinite&quot;">​</a></h3><blockquote><p><strong>nonFinite</strong>: <code>number</code></p></blockquote><p>Number of NaN or ±∞ values; when non-zero, mean and RMS are NaN.</p><hr><h3 id="rms" tabindex="-1">rms <a class="header-anchor" href="#rms" aria-label="Permalink to &quot;rms&quot;">​</a></h3><blockquote><p><strong>rms</strong>: <code>number</code></p></blockquote><p>Population standard deviation, sqrt(Σ(v - mean)² / N); for complex data sqrt(mean(|z - mean(z)|²)).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/VoxelStatistics.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const VoxelStatistics = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  VoxelStatistics as default
};
