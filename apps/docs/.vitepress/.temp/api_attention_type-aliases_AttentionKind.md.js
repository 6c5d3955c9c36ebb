import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AttentionKind","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/AttentionKind.md","filePath":"api/attention/type-aliases/AttentionKind.md"}');
const _sfc_main = { name: "api/attention/type-aliases/AttentionKind.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttentionKind</p><h1 id="type-alias-attentionkind" tabindex="-1">Type Alias: AttentionKind <a class="header-anchor" href="#type-alias-attentionkind" aria-label="Permalink to &quot;Type Alias: AttentionKind&quot;">​</a></h1><blockquote><p><strong>AttentionKind</strong> = <a href="./../interfaces/GroupedQueryAttention"><code>GroupedQueryAttention</code></a> | <a href="./../interfaces/MultiMatrixFactorizationAttention"><code>MultiMatrixFactorizationAttention</code></a> | <a href="./../interfaces/MultiHeadLatentAttention"><code>MultiHeadLatentAttention</code></a> | <a href="./../interfaces/LinearAttention"><code>LinearAttention</code></a></p></blockquote><p>Any attention design a layer can use.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/AttentionKind.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionKind = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionKind as default
};
