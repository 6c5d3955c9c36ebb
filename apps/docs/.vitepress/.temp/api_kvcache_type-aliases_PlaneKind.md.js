import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PlaneKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/PlaneKind.md","filePath":"api/kvcache/type-aliases/PlaneKind.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/PlaneKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / PlaneKind</p><h1 id="type-alias-planekind" tabindex="-1">Type Alias: PlaneKind <a class="header-anchor" href="#type-alias-planekind" aria-label="Permalink to &quot;Type Alias: PlaneKind&quot;">​</a></h1><blockquote><p><strong>PlaneKind</strong> = <code>&quot;token&quot;</code> | <code>&quot;window&quot;</code> | <code>&quot;state&quot;</code></p></blockquote><p>How a plane grows: a <code>token</code> plane has one row per context token; a <code>window</code> plane keeps only the most recent tokens of a sliding or chunked layer and records the first one in <code>position</code>; a <code>state</code> plane has no token axis and records the token position its state is valid at.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/PlaneKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlaneKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlaneKind as default
};
