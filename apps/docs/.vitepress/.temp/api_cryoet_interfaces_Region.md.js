import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Region","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/Region.md","filePath":"api/cryoet/interfaces/Region.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/Region.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Region</p><h1 id="interface-region" tabindex="-1">Interface: Region <a class="header-anchor" href="#interface-region" aria-label="Permalink to &quot;Interface: Region&quot;">​</a></h1><p>Voxel values of a slice or sub-volume, in file order, with their shape.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><blockquote><p><strong>data</strong>: <a href="./../type-aliases/MrcData"><code>MrcData</code></a></p></blockquote><hr><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><blockquote><p><strong>shape</strong>: <code>number</code>[]</p></blockquote><p><code>[nz, ny, nx]</code> of the region (slices keep their axis of length 1), plus any component axis.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/Region.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Region = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Region as default
};
