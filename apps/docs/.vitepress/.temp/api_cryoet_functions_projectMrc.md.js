import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: projectMrc()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/projectMrc.md","filePath":"api/cryoet/functions/projectMrc.md"}');
const _sfc_main = { name: "api/cryoet/functions/projectMrc.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / projectMrc</p><h1 id="function-projectmrc" tabindex="-1">Function: projectMrc() <a class="header-anchor" href="#function-projectmrc" aria-label="Permalink to &quot;Function: projectMrc()&quot;">​</a></h1><blockquote><p><strong>projectMrc</strong>(<code>reader</code>, <code>axis</code>, <code>projection?</code>, <code>options?</code>): <code>Promise</code>&lt;<a href="./../interfaces/Image2D"><code>Image2D</code></a>&gt;</p></blockquote><p>Projects the volume of <code>reader</code> along a file axis as <a href="./projectVolume">projectVolume</a> does, reading about <code>chunkBytes</code> of whole sections at a time, so the volume never needs to be in memory whole and <code>maxDataBytes</code> does not apply. Takes real data (not modes 3, 4 and 16) of images and volumes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="reader" tabindex="-1">reader <a class="header-anchor" href="#reader" aria-label="Permalink to &quot;reader&quot;">​</a></h3><p><a href="./../classes/MrcReader"><code>MrcReader</code></a></p><h3 id="axis" tabindex="-1">axis <a class="header-anchor" href="#axis" aria-label="Permalink to &quot;axis&quot;">​</a></h3><p><a href="./../type-aliases/SliceAxis"><code>SliceAxis</code></a></p><h3 id="projection" tabindex="-1">projection? <a class="header-anchor" href="#projection" aria-label="Permalink to &quot;projection?&quot;">​</a></h3><p><a href="./../type-aliases/Projection"><code>Projection</code></a> = <code>&quot;mean&quot;</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ProjectMrcOptions"><code>ProjectMrcOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/Image2D"><code>Image2D</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/projectMrc.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const projectMrc = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  projectMrc as default
};
