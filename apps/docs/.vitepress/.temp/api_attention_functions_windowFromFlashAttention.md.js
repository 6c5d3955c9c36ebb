import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: windowFromFlashAttention()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/windowFromFlashAttention.md","filePath":"api/attention/functions/windowFromFlashAttention.md"}');
const _sfc_main = { name: "api/attention/functions/windowFromFlashAttention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / windowFromFlashAttention</p><h1 id="function-windowfromflashattention" tabindex="-1">Function: windowFromFlashAttention() <a class="header-anchor" href="#function-windowfromflashattention" aria-label="Permalink to &quot;Function: windowFromFlashAttention()&quot;">​</a></h1><blockquote><p><strong>windowFromFlashAttention</strong>(<code>left</code>): <code>number</code></p></blockquote><p>Returns the library window for FlashAttention&#39;s causal <code>window_size = (left, 0)</code>, which shows <code>left + 1</code> keys.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="left" tabindex="-1">left <a class="header-anchor" href="#left" aria-label="Permalink to &quot;left&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/windowFromFlashAttention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const windowFromFlashAttention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  windowFromFlashAttention as default
};
