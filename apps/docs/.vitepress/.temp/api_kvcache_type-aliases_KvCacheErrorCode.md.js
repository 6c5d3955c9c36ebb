import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KvCacheErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/KvCacheErrorCode.md","filePath":"api/kvcache/type-aliases/KvCacheErrorCode.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/KvCacheErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / KvCacheErrorCode</p><h1 id="type-alias-kvcacheerrorcode" tabindex="-1">Type Alias: KvCacheErrorCode <a class="header-anchor" href="#type-alias-kvcacheerrorcode" aria-label="Permalink to &quot;Type Alias: KvCacheErrorCode&quot;">​</a></h1><blockquote><p><strong>KvCacheErrorCode</strong> = <code>&quot;INVALID_ARGUMENT&quot;</code> | <code>&quot;INVALID_SCALE&quot;</code> | <code>&quot;NON_FINITE_INPUT&quot;</code> | <code>&quot;FRAME_BAD_MAGIC&quot;</code> | <code>&quot;FRAME_UNSUPPORTED_VERSION&quot;</code> | <code>&quot;FRAME_UNKNOWN_ENUM&quot;</code> | <code>&quot;FRAME_TRUNCATED&quot;</code> | <code>&quot;FRAME_LIMIT_EXCEEDED&quot;</code> | <code>&quot;FRAME_INVALID&quot;</code> | <code>&quot;FRAME_CHECKSUM_MISMATCH&quot;</code> | <code>&quot;FRAME_GEOMETRY_MISMATCH&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/KvCacheError">KvCacheError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/KvCacheErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvCacheErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvCacheErrorCode as default
};
