import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: visibleKeys()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/visibleKeys.md","filePath":"api/attention/functions/visibleKeys.md"}');
const _sfc_main = { name: "api/attention/functions/visibleKeys.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / visibleKeys</p><h1 id="function-visiblekeys" tabindex="-1">Function: visibleKeys() <a class="header-anchor" href="#function-visiblekeys" aria-label="Permalink to &quot;Function: visibleKeys()&quot;">​</a></h1><blockquote><p><strong>visibleKeys</strong>(<code>attention</code>, <code>contextTokens</code>, <code>chunkedKeys?</code>): <code>number</code></p></blockquote><p>Returns how many cached keys the decoded token attends to in one layer at context <code>contextTokens</code>: all of them, or at most the window for sliding and chunked layers. Linear attention has no keys and returns 0.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h3 id="contexttokens" tabindex="-1">contextTokens <a class="header-anchor" href="#contexttokens" aria-label="Permalink to &quot;contextTokens&quot;">​</a></h3><p><code>number</code></p><h3 id="chunkedkeys" tabindex="-1">chunkedKeys? <a class="header-anchor" href="#chunkedkeys" aria-label="Permalink to &quot;chunkedKeys?&quot;">​</a></h3><p><a href="./../type-aliases/ChunkedKeysConvention"><code>ChunkedKeysConvention</code></a> = <code>&quot;max&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/visibleKeys.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const visibleKeys = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  visibleKeys as default
};
