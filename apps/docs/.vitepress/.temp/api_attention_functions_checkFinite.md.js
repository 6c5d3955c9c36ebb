import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkFinite()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/checkFinite.md","filePath":"api/attention/functions/checkFinite.md"}');
const _sfc_main = { name: "api/attention/functions/checkFinite.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / checkFinite</p><h1 id="function-checkfinite" tabindex="-1">Function: checkFinite() <a class="header-anchor" href="#function-checkfinite" aria-label="Permalink to &quot;Function: checkFinite()&quot;">​</a></h1><blockquote><p><strong>checkFinite</strong>(<code>name</code>, <code>data</code>, <code>shape</code>): <code>void</code></p></blockquote><p>Throws a <code>NON_FINITE_INPUT</code> error naming <code>name</code> and the multi-dimensional index of the first NaN or infinite element of <code>data</code>, read as shape <code>shape</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><code>Float32Array</code></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/checkFinite.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkFinite = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkFinite as default
};
