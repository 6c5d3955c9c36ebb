import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: voxelSizeOf()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/voxelSizeOf.md","filePath":"api/cryoet/functions/voxelSizeOf.md"}');
const _sfc_main = { name: "api/cryoet/functions/voxelSizeOf.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / voxelSizeOf</p><h1 id="function-voxelsizeof" tabindex="-1">Function: voxelSizeOf() <a class="header-anchor" href="#function-voxelsizeof" aria-label="Permalink to &quot;Function: voxelSizeOf()&quot;">​</a></h1><blockquote><p><strong>voxelSizeOf</strong>(<code>header</code>): <code>object</code></p></blockquote><p>Returns the voxel size CELLA / M per axis, with 1.0 Å where M ≤ 0 or CELLA is not a finite positive number.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><h3 id="defined" tabindex="-1">defined <a class="header-anchor" href="#defined" aria-label="Permalink to &quot;defined&quot;">​</a></h3><blockquote><p><strong>defined</strong>: [<code>boolean</code>, <code>boolean</code>, <code>boolean</code>]</p></blockquote><h3 id="size" tabindex="-1">size <a class="header-anchor" href="#size" aria-label="Permalink to &quot;size&quot;">​</a></h3><blockquote><p><strong>size</strong>: <a href="./../type-aliases/Vec3"><code>Vec3</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/voxelSizeOf.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const voxelSizeOf = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  voxelSizeOf as default
};
