import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mergeSoftmaxStates()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/mergeSoftmaxStates.md","filePath":"api/attention/functions/mergeSoftmaxStates.md"}');
const _sfc_main = { name: "api/attention/functions/mergeSoftmaxStates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / mergeSoftmaxStates</p><h1 id="function-mergesoftmaxstates" tabindex="-1">Function: mergeSoftmaxStates() <a class="header-anchor" href="#function-mergesoftmaxstates" aria-label="Permalink to &quot;Function: mergeSoftmaxStates()&quot;">​</a></h1><blockquote><p><strong>mergeSoftmaxStates</strong>(<code>a</code>, <code>b</code>): <a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p></blockquote><p>Returns a new state set that merges <code>a</code> and <code>b</code> row by row; both must have the same size.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="a" tabindex="-1">a <a class="header-anchor" href="#a" aria-label="Permalink to &quot;a&quot;">​</a></h3><p><a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p><h3 id="b" tabindex="-1">b <a class="header-anchor" href="#b" aria-label="Permalink to &quot;b&quot;">​</a></h3><p><a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/mergeSoftmaxStates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mergeSoftmaxStates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mergeSoftmaxStates as default
};
