import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/defaultHeader.md","filePath":"api/cryoet/functions/defaultHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/defaultHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / defaultHeader</p><h1 id="function-defaultheader" tabindex="-1">Function: defaultHeader() <a class="header-anchor" href="#function-defaultheader" aria-label="Permalink to &quot;Function: defaultHeader()&quot;">​</a></h1><blockquote><p><strong>defaultHeader</strong>(): <a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p></blockquote><p>Returns a default header for new data: <code>&quot;MAP &quot;</code>, NVERSION 20141, axes 1, 2, 3, cell angles 90°, undetermined statistics (DMIN 0, DMAX -1, DMEAN -2, RMS -1) and a little-endian stamp.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/defaultHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultHeader as default
};
