import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isKvCacheError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/isKvCacheError.md","filePath":"api/kvcache/functions/isKvCacheError.md"}');
const _sfc_main = { name: "api/kvcache/functions/isKvCacheError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / isKvCacheError</p><h1 id="function-iskvcacheerror" tabindex="-1">Function: isKvCacheError() <a class="header-anchor" href="#function-iskvcacheerror" aria-label="Permalink to &quot;Function: isKvCacheError()&quot;">​</a></h1><blockquote><p><strong>isKvCacheError</strong>(<code>error</code>): error is KvCacheError | KvCacheRangeError</p></blockquote><p>Returns true when <code>error</code> is a <a href="./../classes/KvCacheError">KvCacheError</a> or <a href="./../classes/KvCacheRangeError">KvCacheRangeError</a>, across bundle copies too.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p>error is KvCacheError | KvCacheRangeError</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/isKvCacheError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isKvCacheError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isKvCacheError as default
};
