import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeVoxels()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/decodeVoxels.md","filePath":"api/cryoet/functions/decodeVoxels.md"}');
const _sfc_main = { name: "api/cryoet/functions/decodeVoxels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / decodeVoxels</p><h1 id="function-decodevoxels" tabindex="-1">Function: decodeVoxels() <a class="header-anchor" href="#function-decodevoxels" aria-label="Permalink to &quot;Function: decodeVoxels()&quot;">​</a></h1><blockquote><p><strong>decodeVoxels</strong>(<code>bytes</code>, <code>options</code>): <a href="./../type-aliases/MrcData"><code>MrcData</code></a></p></blockquote><p>Decodes stored voxel bytes into a typed array. For little-endian data on a little-endian platform at an aligned offset, the result is a view of <code>bytes</code> unless <code>copy</code> is set. With <code>inPlace</code>, aligned data of either byte order is decoded in <code>bytes</code> themselves (modes 12 and 101 always decode into a new array).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/DecodeVoxelsOptions"><code>DecodeVoxelsOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/decodeVoxels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeVoxels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeVoxels as default
};
