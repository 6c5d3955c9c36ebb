import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StarParticles","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/StarParticles.md","filePath":"api/cryoet/interfaces/StarParticles.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/StarParticles.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / StarParticles</p><h1 id="interface-starparticles" tabindex="-1">Interface: StarParticles <a class="header-anchor" href="#interface-starparticles" aria-label="Permalink to &quot;Interface: StarParticles&quot;">​</a></h1><p>Result of <a href="./../functions/parseStarParticles">parseStarParticles</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="coordinatesource" tabindex="-1">coordinateSource <a class="header-anchor" href="#coordinatesource" aria-label="Permalink to &quot;coordinateSource&quot;">​</a></h3><blockquote><p><strong>coordinateSource</strong>: <code>&quot;rlnCoordinate&quot;</code> | <code>&quot;rlnCenteredCoordinateAngst&quot;</code></p></blockquote><p>Source of the coordinates: the pixel columns, or the centred Å columns converted with the given tomogram.</p><hr><h3 id="particles" tabindex="-1">particles <a class="header-anchor" href="#particles" aria-label="Permalink to &quot;particles&quot;">​</a></h3><blockquote><p><strong>particles</strong>: <a href="./StarParticle"><code>StarParticle</code></a>[]</p></blockquote><hr><h3 id="pixelsizeangstrom" tabindex="-1">pixelSizeAngstrom <a class="header-anchor" href="#pixelsizeangstrom" aria-label="Permalink to &quot;pixelSizeAngstrom&quot;">​</a></h3><blockquote><p><strong>pixelSizeAngstrom</strong>: <code>number</code> | <code>undefined</code></p></blockquote><p>Pixel size in Å from rlnDetectorPixelSize, rlnImagePixelSize or rlnTomoTiltSeriesPixelSize (in the particle or optics block), when present.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/StarParticles.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StarParticles = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StarParticles as default
};
