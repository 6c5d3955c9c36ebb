import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AttentionMask","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/AttentionMask.md","filePath":"api/attention/type-aliases/AttentionMask.md"}');
const _sfc_main = { name: "api/attention/type-aliases/AttentionMask.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttentionMask</p><h1 id="type-alias-attentionmask" tabindex="-1">Type Alias: AttentionMask <a class="header-anchor" href="#type-alias-attentionmask" aria-label="Permalink to &quot;Type Alias: AttentionMask&quot;">​</a></h1><blockquote><p><strong>AttentionMask</strong> = { <code>kind</code>: <code>&quot;none&quot;</code>; } | { <code>kind</code>: <code>&quot;causal&quot;</code>; } | { <code>kind</code>: <code>&quot;sliding&quot;</code>; <code>sinkTokens?</code>: <code>number</code>; <code>window</code>: <code>number</code>; } | { <code>chunkSize</code>: <code>number</code>; <code>kind</code>: <code>&quot;chunked&quot;</code>; } | { <code>kind</code>: <code>&quot;band&quot;</code>; <code>left</code>: <code>number</code>; <code>right</code>: <code>number</code>; }</p></blockquote><p>Which keys a query may read. Every rule compares absolute positions, never cache slots.</p><ul><li><code>none</code>: every key (bidirectional).</li><li><code>causal</code>: key position ≤ query position.</li><li><code>sliding</code>: causal and <code>qPos − window &lt; kPos</code>, so <code>window</code> counts the visible keys including the query itself (the Hugging Face <code>sliding_window</code> value). <code>sinkTokens</code> keeps positions <code>0 … sinkTokens − 1</code> visible besides the window (StreamingLLM, arXiv:2309.17453).</li><li><code>chunked</code>: causal and both positions in the same chunk of <code>chunkSize</code> (Llama 4).</li><li><code>band</code>: bidirectional band <code>qPos − left ≤ kPos ≤ qPos + right</code>, both bounds inclusive, which is FlashAttention&#39;s <code>window_size = (left, right)</code> without <code>causal</code>.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/AttentionMask.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionMask = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionMask as default
};
