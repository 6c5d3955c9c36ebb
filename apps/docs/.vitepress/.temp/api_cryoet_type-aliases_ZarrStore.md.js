import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ZarrStore","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/ZarrStore.md","filePath":"api/cryoet/type-aliases/ZarrStore.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/ZarrStore.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ZarrStore</p><h1 id="type-alias-zarrstore" tabindex="-1">Type Alias: ZarrStore <a class="header-anchor" href="#type-alias-zarrstore" aria-label="Permalink to &quot;Type Alias: ZarrStore&quot;">​</a></h1><blockquote><p><strong>ZarrStore</strong> = <a href="./../interfaces/AsyncZarrStore"><code>AsyncZarrStore</code></a> | <a href="./../interfaces/SyncZarrStore"><code>SyncZarrStore</code></a></p></blockquote><p>A Zarr store that zarrita 0.7.5 can read and write, with keys such as <code>/zarr.json</code>: a <code>Map</code>, <code>FileSystemStore</code> from <code>@zarrita/storage/fs</code>, or any object with these two methods. It is declared here so that the package&#39;s types do not import zarrita&#39;s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/ZarrStore.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ZarrStore = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ZarrStore as default
};
