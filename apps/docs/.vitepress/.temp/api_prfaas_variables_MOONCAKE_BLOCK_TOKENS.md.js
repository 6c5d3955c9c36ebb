import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MOONCAKE_BLOCK_TOKENS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/MOONCAKE_BLOCK_TOKENS.md","filePath":"api/prfaas/variables/MOONCAKE_BLOCK_TOKENS.md"}');
const _sfc_main = { name: "api/prfaas/variables/MOONCAKE_BLOCK_TOKENS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / MOONCAKE_BLOCK_TOKENS</p><h1 id="variable-mooncake-block-tokens" tabindex="-1">Variable: MOONCAKE_BLOCK_TOKENS <a class="header-anchor" href="#variable-mooncake-block-tokens" aria-label="Permalink to &quot;Variable: MOONCAKE\\_BLOCK\\_TOKENS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MOONCAKE_BLOCK_TOKENS</strong>: <code>512</code> = <code>512</code></p></blockquote><p>Tokens per <code>hash_ids</code> block in the Mooncake FAST&#39;25 traces: <code>hash_ids.length</code> equals ceil(input_length / 512) on every row (kvcache-ai/Mooncake, FAST25-release/traces, commit 3b5a594133958449a1feaf1c9e0fc1b553e34a28).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/MOONCAKE_BLOCK_TOKENS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MOONCAKE_BLOCK_TOKENS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MOONCAKE_BLOCK_TOKENS as default
};
