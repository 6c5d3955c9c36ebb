import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: listAcceleratorIds()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/listAcceleratorIds.md","filePath":"api/catalog/functions/listAcceleratorIds.md"}');
const _sfc_main = { name: "api/catalog/functions/listAcceleratorIds.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / listAcceleratorIds</p><h1 id="function-listacceleratorids" tabindex="-1">Function: listAcceleratorIds() <a class="header-anchor" href="#function-listacceleratorids" aria-label="Permalink to &quot;Function: listAcceleratorIds()&quot;">​</a></h1><blockquote><p><strong>listAcceleratorIds</strong>(): <code>string</code>[]</p></blockquote><p>Returns the ids of the built-in accelerators, in catalog order.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/listAcceleratorIds.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const listAcceleratorIds = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  listAcceleratorIds as default
};
