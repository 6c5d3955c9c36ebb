import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeValue()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/describeValue.md","filePath":"api/catalog/functions/describeValue.md"}');
const _sfc_main = { name: "api/catalog/functions/describeValue.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / describeValue</p><h1 id="function-describevalue" tabindex="-1">Function: describeValue() <a class="header-anchor" href="#function-describevalue" aria-label="Permalink to &quot;Function: describeValue()&quot;">​</a></h1><blockquote><p><strong>describeValue</strong>(<code>value</code>): <code>string</code></p></blockquote><p>Renders any value for an error message: JSON where JSON is faithful, and the JavaScript spelling where it is not (NaN, Infinity, -0, BigInt, undefined, symbols and functions), so a message never shows <code>null</code> for a number JSON cannot hold.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/describeValue.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeValue = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeValue as default
};
