import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ModeInfo","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ModeInfo.md","filePath":"api/cryoet/interfaces/ModeInfo.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ModeInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ModeInfo</p><h1 id="interface-modeinfo" tabindex="-1">Interface: ModeInfo <a class="header-anchor" href="#interface-modeinfo" aria-label="Permalink to &quot;Interface: ModeInfo&quot;">​</a></h1><p>Voxel layout of a mode: bytes per stored element and elements per voxel.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytespervoxel" tabindex="-1">bytesPerVoxel <a class="header-anchor" href="#bytespervoxel" aria-label="Permalink to &quot;bytesPerVoxel&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>bytesPerVoxel</strong>: <code>number</code></p></blockquote><p>Stored bytes of one element; mode 101 packs two voxels per byte, so 0.5.</p><hr><h3 id="components" tabindex="-1">components <a class="header-anchor" href="#components" aria-label="Permalink to &quot;components&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>components</strong>: <code>number</code></p></blockquote><p>Elements per voxel in the returned array: 2 for complex modes, 3 for RGB, otherwise 1.</p><hr><h3 id="description" tabindex="-1">description <a class="header-anchor" href="#description" aria-label="Permalink to &quot;description&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>description</strong>: <code>string</code></p></blockquote><hr><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>mode</strong>: <a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ModeInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModeInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModeInfo as default
};
