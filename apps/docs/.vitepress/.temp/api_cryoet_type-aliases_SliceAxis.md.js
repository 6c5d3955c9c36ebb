import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SliceAxis","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/SliceAxis.md","filePath":"api/cryoet/type-aliases/SliceAxis.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/SliceAxis.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / SliceAxis</p><h1 id="type-alias-sliceaxis" tabindex="-1">Type Alias: SliceAxis <a class="header-anchor" href="#type-alias-sliceaxis" aria-label="Permalink to &quot;Type Alias: SliceAxis&quot;">​</a></h1><blockquote><p><strong>SliceAxis</strong> = <code>&quot;x&quot;</code> | <code>&quot;y&quot;</code> | <code>&quot;z&quot;</code></p></blockquote><p>File axis of a slice: <code>x</code> columns, <code>y</code> rows, <code>z</code> sections (cell axes X, Y, Z when MAPC/MAPR/MAPS are 1, 2, 3).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/SliceAxis.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SliceAxis = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SliceAxis as default
};
