import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CachedAttentionOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/CachedAttentionOptions.md","filePath":"api/attention/type-aliases/CachedAttentionOptions.md"}');
const _sfc_main = { name: "api/attention/type-aliases/CachedAttentionOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / CachedAttentionOptions</p><h1 id="type-alias-cachedattentionoptions" tabindex="-1">Type Alias: CachedAttentionOptions <a class="header-anchor" href="#type-alias-cachedattentionoptions" aria-label="Permalink to &quot;Type Alias: CachedAttentionOptions&quot;">​</a></h1><blockquote><p><strong>CachedAttentionOptions</strong> = <code>Omit</code>&lt;<a href="./../interfaces/AttentionOptions"><code>AttentionOptions</code></a>, <code>&quot;keyPositions&quot;</code>&gt;</p></blockquote><p>Options of <a href="./../classes/SimdKvCache#attend">SimdKvCache.attend</a>: the cache supplies the key positions <code>0 … length − 1</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/CachedAttentionOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CachedAttentionOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CachedAttentionOptions as default
};
