import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: writeOmeZarr()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/writeOmeZarr.md","filePath":"api/cryoet/functions/writeOmeZarr.md"}');
const _sfc_main = { name: "api/cryoet/functions/writeOmeZarr.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / writeOmeZarr</p><h1 id="function-writeomezarr" tabindex="-1">Function: writeOmeZarr() <a class="header-anchor" href="#function-writeomezarr" aria-label="Permalink to &quot;Function: writeOmeZarr()&quot;">​</a></h1><blockquote><p><strong>writeOmeZarr</strong>(<code>store</code>, <code>data</code>, <code>shape</code>, <code>options?</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Writes an X-fastest <code>[z][y][x]</code> volume (see <a href="./toXFastest">toXFastest</a>) to a Zarr v3 store as a single-scale OME-Zarr 0.5 image: the group&#39;s <code>ome.multiscales</code> names axes z, y, x in nanometres, and array <code>0</code> contains the voxels in uncompressed little-endian chunks (zarrita 0.7.5 decodes gzip but cannot encode it). <code>store</code> is any <a href="./../type-aliases/ZarrStore">ZarrStore</a>, such as a Map in memory or <code>FileSystemStore</code> from <code>@zarrita/storage/fs</code> in Node.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="store" tabindex="-1">store <a class="header-anchor" href="#store" aria-label="Permalink to &quot;store&quot;">​</a></h3><p><a href="./../type-aliases/ZarrStore"><code>ZarrStore</code></a></p><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/OmeZarrOptions"><code>OmeZarrOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/writeOmeZarr.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const writeOmeZarr = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  writeOmeZarr as default
};
