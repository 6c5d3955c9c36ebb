import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: windowFromMistral()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/windowFromMistral.md","filePath":"api/attention/functions/windowFromMistral.md"}');
const _sfc_main = { name: "api/attention/functions/windowFromMistral.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / windowFromMistral</p><h1 id="function-windowfrommistral" tabindex="-1">Function: windowFromMistral() <a class="header-anchor" href="#function-windowfrommistral" aria-label="Permalink to &quot;Function: windowFromMistral()&quot;">​</a></h1><blockquote><p><strong>windowFromMistral</strong>(<code>mistralWindow</code>): <code>number</code></p></blockquote><p>Returns the library window for Mistral&#39;s reference <code>sliding_window = W_m</code>, which shows <code>W_m + 1</code> keys.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mistralwindow" tabindex="-1">mistralWindow <a class="header-anchor" href="#mistralwindow" aria-label="Permalink to &quot;mistralWindow&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/windowFromMistral.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const windowFromMistral = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  windowFromMistral as default
};
