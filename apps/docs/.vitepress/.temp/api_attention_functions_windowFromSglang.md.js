import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: windowFromSglang()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/windowFromSglang.md","filePath":"api/attention/functions/windowFromSglang.md"}');
const _sfc_main = { name: "api/attention/functions/windowFromSglang.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / windowFromSglang</p><h1 id="function-windowfromsglang" tabindex="-1">Function: windowFromSglang() <a class="header-anchor" href="#function-windowfromsglang" aria-label="Permalink to &quot;Function: windowFromSglang()&quot;">​</a></h1><blockquote><p><strong>windowFromSglang</strong>(<code>slidingWindowSize</code>): <code>number</code></p></blockquote><p>Returns the library window for SGLang&#39;s <code>sliding_window_size = s</code>, which shows <code>s + 1</code> keys.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="slidingwindowsize" tabindex="-1">slidingWindowSize <a class="header-anchor" href="#slidingwindowsize" aria-label="Permalink to &quot;slidingWindowSize&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/windowFromSglang.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const windowFromSglang = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  windowFromSglang as default
};
