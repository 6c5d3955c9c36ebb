import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseStarParticles()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/parseStarParticles.md","filePath":"api/cryoet/functions/parseStarParticles.md"}');
const _sfc_main = { name: "api/cryoet/functions/parseStarParticles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / parseStarParticles</p><h1 id="function-parsestarparticles" tabindex="-1">Function: parseStarParticles() <a class="header-anchor" href="#function-parsestarparticles" aria-label="Permalink to &quot;Function: parseStarParticles()&quot;">​</a></h1><blockquote><p><strong>parseStarParticles</strong>(<code>text</code>, <code>options?</code>): <a href="./../interfaces/StarParticles"><code>StarParticles</code></a></p></blockquote><p>Reads particle coordinates from a RELION STAR file. Pixel coordinates (<code>rlnCoordinateX/Y/Z</code>) are returned unchanged, never rescaled; RELION 5 centred coordinates in Å are converted to voxels only when <code>tomogram</code> is given. Throws a <a href="./../classes/ShrecError">ShrecError</a> naming the column and file when the coordinates are missing, and naming the line and column for a row with a missing value, a coordinate that is not a number (including an empty <code>&quot;&quot;</code>) or a class number that is not whole.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><h4 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h4><p><code>string</code></p><h4 id="tomogram" tabindex="-1">tomogram? <a class="header-anchor" href="#tomogram" aria-label="Permalink to &quot;tomogram?&quot;">​</a></h4><p><a href="./../interfaces/TomogramGeometry"><code>TomogramGeometry</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/StarParticles"><code>StarParticles</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/parseStarParticles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseStarParticles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseStarParticles as default
};
