import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RooflineMode","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/type-aliases/RooflineMode.md","filePath":"api/roofline/type-aliases/RooflineMode.md"}');
const _sfc_main = { name: "api/roofline/type-aliases/RooflineMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / RooflineMode</p><h1 id="type-alias-rooflinemode" tabindex="-1">Type Alias: RooflineMode <a class="header-anchor" href="#type-alias-rooflinemode" aria-label="Permalink to &quot;Type Alias: RooflineMode&quot;">​</a></h1><blockquote><p><strong>RooflineMode</strong> = <code>&quot;perKind&quot;</code> | <code>&quot;modelTotal&quot;</code></p></blockquote><p>How the attention roofline is taken. <code>perKind</code> (default) takes <code>max(FLOP cost, byte cost)</code> per layer kind and sums; <code>modelTotal</code> takes one max over the model totals. They differ only for hybrids whose layer kinds straddle the ridge point.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/type-aliases/RooflineMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RooflineMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RooflineMode as default
};
