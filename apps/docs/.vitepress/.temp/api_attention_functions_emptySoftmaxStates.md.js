import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: emptySoftmaxStates()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/emptySoftmaxStates.md","filePath":"api/attention/functions/emptySoftmaxStates.md"}');
const _sfc_main = { name: "api/attention/functions/emptySoftmaxStates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / emptySoftmaxStates</p><h1 id="function-emptysoftmaxstates" tabindex="-1">Function: emptySoftmaxStates() <a class="header-anchor" href="#function-emptysoftmaxstates" aria-label="Permalink to &quot;Function: emptySoftmaxStates()&quot;">​</a></h1><blockquote><p><strong>emptySoftmaxStates</strong>(<code>rows</code>, <code>width</code>): <a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p></blockquote><p>Returns <code>rows</code> empty states of <code>width</code> channels each.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p><code>number</code></p><h3 id="width" tabindex="-1">width <a class="header-anchor" href="#width" aria-label="Permalink to &quot;width&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/emptySoftmaxStates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const emptySoftmaxStates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  emptySoftmaxStates as default
};
