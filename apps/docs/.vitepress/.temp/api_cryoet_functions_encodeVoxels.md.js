import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeVoxels()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/encodeVoxels.md","filePath":"api/cryoet/functions/encodeVoxels.md"}');
const _sfc_main = { name: "api/cryoet/functions/encodeVoxels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / encodeVoxels</p><h1 id="function-encodevoxels" tabindex="-1">Function: encodeVoxels() <a class="header-anchor" href="#function-encodevoxels" aria-label="Permalink to &quot;Function: encodeVoxels()&quot;">​</a></h1><blockquote><p><strong>encodeVoxels</strong>(<code>data</code>, <code>mode</code>, <code>littleEndian</code>, <code>nx</code>): <code>Uint8Array</code></p></blockquote><p>Encodes voxel values as stored bytes of <code>mode</code> in the given byte order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h3 id="littleendian" tabindex="-1">littleEndian <a class="header-anchor" href="#littleendian" aria-label="Permalink to &quot;littleEndian&quot;">​</a></h3><p><code>boolean</code></p><h3 id="nx" tabindex="-1">nx <a class="header-anchor" href="#nx" aria-label="Permalink to &quot;nx&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/encodeVoxels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeVoxels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeVoxels as default
};
