import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: elementCount()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/elementCount.md","filePath":"api/attention/functions/elementCount.md"}');
const _sfc_main = { name: "api/attention/functions/elementCount.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / elementCount</p><h1 id="function-elementcount" tabindex="-1">Function: elementCount() <a class="header-anchor" href="#function-elementcount" aria-label="Permalink to &quot;Function: elementCount()&quot;">​</a></h1><blockquote><p><strong>elementCount</strong>(<code>shape</code>): <code>number</code></p></blockquote><p>Returns the number of elements of <code>shape</code> (1 for a scalar shape <code>[]</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/elementCount.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const elementCount = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  elementCount as default
};
