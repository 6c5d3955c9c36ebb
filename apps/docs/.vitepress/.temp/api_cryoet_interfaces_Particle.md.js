import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Particle","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/Particle.md","filePath":"api/cryoet/interfaces/Particle.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/Particle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Particle</p><h1 id="interface-particle" tabindex="-1">Interface: Particle <a class="header-anchor" href="#interface-particle" aria-label="Permalink to &quot;Interface: Particle&quot;">​</a></h1><p>One line of a particle list.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="angles" tabindex="-1">angles <a class="header-anchor" href="#angles" aria-label="Permalink to &quot;angles&quot;">​</a></h3><blockquote><p><strong>angles</strong>: [<code>number</code>, <code>number</code>, <code>number</code>]</p></blockquote><p>ZXZ Euler angles in degrees; NaN for particles without an orientation.</p><hr><h3 id="classname" tabindex="-1">className <a class="header-anchor" href="#classname" aria-label="Permalink to &quot;className&quot;">​</a></h3><blockquote><p><strong>className</strong>: <code>&quot;4V94&quot;</code> | <code>&quot;4CR2&quot;</code> | <code>&quot;1QVR&quot;</code> | <code>&quot;1BXN&quot;</code> | <code>&quot;3CF3&quot;</code> | <code>&quot;1U6G&quot;</code> | <code>&quot;3D2F&quot;</code> | <code>&quot;2CG9&quot;</code> | <code>&quot;3H84&quot;</code> | <code>&quot;3GL1&quot;</code> | <code>&quot;3QM1&quot;</code> | <code>&quot;1S3X&quot;</code> | <code>&quot;5MRC&quot;</code> | <code>&quot;vesicle&quot;</code> | <code>&quot;fiducial&quot;</code></p></blockquote><hr><h3 id="line" tabindex="-1">line <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line&quot;">​</a></h3><blockquote><p><strong>line</strong>: <code>number</code></p></blockquote><p>1-based line number in the text.</p><hr><h3 id="number" tabindex="-1">number <a class="header-anchor" href="#number" aria-label="Permalink to &quot;number&quot;">​</a></h3><blockquote><p><strong>number</strong>: <code>number</code></p></blockquote><p>1-based index among the data lines, which is the particle&#39;s number in the occupancy mask.</p><hr><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><blockquote><p><strong>x</strong>: <code>number</code></p></blockquote><p>0-based voxel coordinates in x, y, z order.</p><hr><h3 id="y" tabindex="-1">y <a class="header-anchor" href="#y" aria-label="Permalink to &quot;y&quot;">​</a></h3><blockquote><p><strong>y</strong>: <code>number</code></p></blockquote><hr><h3 id="z" tabindex="-1">z <a class="header-anchor" href="#z" aria-label="Permalink to &quot;z&quot;">​</a></h3><blockquote><p><strong>z</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/Particle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Particle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Particle as default
};
