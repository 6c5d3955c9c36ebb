import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseElementType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/parseElementType.md","filePath":"api/attention/functions/parseElementType.md"}');
const _sfc_main = { name: "api/attention/functions/parseElementType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / parseElementType</p><h1 id="function-parseelementtype" tabindex="-1">Function: parseElementType() <a class="header-anchor" href="#function-parseelementtype" aria-label="Permalink to &quot;Function: parseElementType()&quot;">​</a></h1><blockquote><p><strong>parseElementType</strong>(<code>value</code>, <code>field?</code>): <a href="./../type-aliases/ElementType"><code>ElementType</code></a></p></blockquote><p>Narrows a user-supplied string to an <a href="./../type-aliases/ElementType">ElementType</a>, or throws <code>UNKNOWN_ELEMENT_TYPE</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>string</code></p><h3 id="field" tabindex="-1">field? <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field?&quot;">​</a></h3><p><code>string</code> = <code>&quot;elementType&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/ElementType"><code>ElementType</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/parseElementType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseElementType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseElementType as default
};
