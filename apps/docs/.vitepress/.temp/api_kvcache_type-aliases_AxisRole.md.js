import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AxisRole","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/AxisRole.md","filePath":"api/kvcache/type-aliases/AxisRole.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/AxisRole.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / AxisRole</p><h1 id="type-alias-axisrole" tabindex="-1">Type Alias: AxisRole <a class="header-anchor" href="#type-alias-axisrole" aria-label="Permalink to &quot;Type Alias: AxisRole&quot;">​</a></h1><blockquote><p><strong>AxisRole</strong> = <code>&quot;other&quot;</code> | <code>&quot;layer&quot;</code> | <code>&quot;token&quot;</code> | <code>&quot;head&quot;</code> | <code>&quot;channel&quot;</code></p></blockquote><p>The meaning of one axis of a plane&#39;s <code>dims</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/AxisRole.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AxisRole = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AxisRole as default
};
