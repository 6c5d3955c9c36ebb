import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: projectVolume()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/projectVolume.md","filePath":"api/cryoet/functions/projectVolume.md"}');
const _sfc_main = { name: "api/cryoet/functions/projectVolume.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / projectVolume</p><h1 id="function-projectvolume" tabindex="-1">Function: projectVolume() <a class="header-anchor" href="#function-projectvolume" aria-label="Permalink to &quot;Function: projectVolume()&quot;">​</a></h1><blockquote><p><strong>projectVolume</strong>(<code>data</code>, <code>shape</code>, <code>axis</code>, <code>projection?</code>): <a href="./../interfaces/Image2D"><code>Image2D</code></a></p></blockquote><p>Projects a <code>[nz][ny][nx]</code> volume along a file axis (<code>z</code> gives a <code>ny × nx</code> image, <code>y</code> an <code>nz × nx</code> image, <code>x</code> an <code>nz × ny</code> image), in float64.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h3 id="axis" tabindex="-1">axis <a class="header-anchor" href="#axis" aria-label="Permalink to &quot;axis&quot;">​</a></h3><p><code>&quot;x&quot;</code> | <code>&quot;y&quot;</code> | <code>&quot;z&quot;</code></p><h3 id="projection" tabindex="-1">projection? <a class="header-anchor" href="#projection" aria-label="Permalink to &quot;projection?&quot;">​</a></h3><p><a href="./../type-aliases/Projection"><code>Projection</code></a> = <code>&quot;mean&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Image2D"><code>Image2D</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/projectVolume.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const projectVolume = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  projectVolume as default
};
