import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: cacheElementsPerToken()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/cacheElementsPerToken.md","filePath":"api/attention/functions/cacheElementsPerToken.md"}');
const _sfc_main = { name: "api/attention/functions/cacheElementsPerToken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / cacheElementsPerToken</p><h1 id="function-cacheelementspertoken" tabindex="-1">Function: cacheElementsPerToken() <a class="header-anchor" href="#function-cacheelementspertoken" aria-label="Permalink to &quot;Function: cacheElementsPerToken()&quot;">​</a></h1><blockquote><p><strong>cacheElementsPerToken</strong>(<code>attention</code>): <code>number</code></p></blockquote><p>Returns the cache elements one context token adds to one layer: <code>2·n_kv·d_h</code> for grouped attention, <code>2·d_h</code> for MFA (<code>d_h</code> for MFA-KR), <code>kv_lora + rope</code> for MLA (no factor 2), and 0 for linear attention, whose state does not grow.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/cacheElementsPerToken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cacheElementsPerToken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cacheElementsPerToken as default
};
