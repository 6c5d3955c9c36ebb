import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StarParticle","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/StarParticle.md","filePath":"api/cryoet/interfaces/StarParticle.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/StarParticle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / StarParticle</p><h1 id="interface-starparticle" tabindex="-1">Interface: StarParticle <a class="header-anchor" href="#interface-starparticle" aria-label="Permalink to &quot;Interface: StarParticle&quot;">​</a></h1><p>One particle from a STAR file: coordinates in pixels of the writing program&#39;s frame.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="classnumber" tabindex="-1">classNumber? <a class="header-anchor" href="#classnumber" aria-label="Permalink to &quot;classNumber?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>classNumber?</strong>: <code>number</code></p></blockquote><p><code>rlnClassNumber</code> when present.</p><hr><h3 id="columns" tabindex="-1">columns <a class="header-anchor" href="#columns" aria-label="Permalink to &quot;columns&quot;">​</a></h3><blockquote><p><strong>columns</strong>: <code>Record</code>&lt;<code>string</code>, <code>string</code>&gt;</p></blockquote><p>Every column of the row, by name without the leading underscore.</p><hr><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><blockquote><p><strong>x</strong>: <code>number</code></p></blockquote><hr><h3 id="y" tabindex="-1">y <a class="header-anchor" href="#y" aria-label="Permalink to &quot;y&quot;">​</a></h3><blockquote><p><strong>y</strong>: <code>number</code></p></blockquote><hr><h3 id="z" tabindex="-1">z <a class="header-anchor" href="#z" aria-label="Permalink to &quot;z&quot;">​</a></h3><blockquote><p><strong>z</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/StarParticle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StarParticle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StarParticle as default
};
