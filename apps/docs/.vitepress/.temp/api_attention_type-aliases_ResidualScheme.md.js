import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ResidualScheme","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/ResidualScheme.md","filePath":"api/attention/type-aliases/ResidualScheme.md"}');
const _sfc_main = { name: "api/attention/type-aliases/ResidualScheme.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / ResidualScheme</p><h1 id="type-alias-residualscheme" tabindex="-1">Type Alias: ResidualScheme <a class="header-anchor" href="#type-alias-residualscheme" aria-label="Permalink to &quot;Type Alias: ResidualScheme&quot;">​</a></h1><blockquote><p><strong>ResidualScheme</strong> = { <code>kind</code>: <code>&quot;standard&quot;</code>; } | { <code>kind</code>: <code>&quot;full-attnres&quot;</code>; <code>sublayers</code>: <code>number</code>; } | { <code>blocks</code>: <code>number</code>; <code>kind</code>: <code>&quot;block-attnres&quot;</code>; }</p></blockquote><p>Residual scheme of <a href="./../functions/residualActivationElementsPerToken">residualActivationElementsPerToken</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/ResidualScheme.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ResidualScheme = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ResidualScheme as default
};
