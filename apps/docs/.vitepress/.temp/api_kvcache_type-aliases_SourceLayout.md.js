import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: SourceLayout","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/SourceLayout.md","filePath":"api/kvcache/type-aliases/SourceLayout.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/SourceLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / SourceLayout</p><h1 id="type-alias-sourcelayout" tabindex="-1">Type Alias: SourceLayout <a class="header-anchor" href="#type-alias-sourcelayout" aria-label="Permalink to &quot;Type Alias: SourceLayout&quot;">​</a></h1><blockquote><p><strong>SourceLayout</strong> = <code>&quot;unspecified&quot;</code> | <code>&quot;KV_2LTD&quot;</code> | <code>&quot;KV_T2D&quot;</code> | <code>&quot;KV_2TD&quot;</code> | <code>&quot;KV_MLA_FMT&quot;</code> | <code>&quot;vllm-nhd&quot;</code> | <code>&quot;vllm-hnd&quot;</code></p></blockquote><p>Where the sender&#39;s tensor came from. Informational only: payloads always follow the plane&#39;s <code>dims</code>. <code>KV_2LTD</code>, <code>KV_T2D</code>, <code>KV_2TD</code> and <code>KV_MLA_FMT</code> are LMCache v1 <code>MemoryFormat</code> names; <code>vllm-nhd</code> and <code>vllm-hnd</code> are vLLM&#39;s <code>get_kv_cache_layout()</code> orders.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/SourceLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SourceLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SourceLayout as default
};
