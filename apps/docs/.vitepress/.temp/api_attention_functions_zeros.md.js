import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: zeros()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/zeros.md","filePath":"api/attention/functions/zeros.md"}');
const _sfc_main = { name: "api/attention/functions/zeros.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / zeros</p><h1 id="function-zeros" tabindex="-1">Function: zeros() <a class="header-anchor" href="#function-zeros" aria-label="Permalink to &quot;Function: zeros()&quot;">​</a></h1><blockquote><p><strong>zeros</strong>(<code>shape</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Returns a zero-filled tensor of <code>shape</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p>readonly <code>number</code>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/zeros.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const zeros = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  zeros as default
};
