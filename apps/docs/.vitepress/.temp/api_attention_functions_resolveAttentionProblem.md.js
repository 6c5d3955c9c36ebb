import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolveAttentionProblem()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/resolveAttentionProblem.md","filePath":"api/attention/functions/resolveAttentionProblem.md"}');
const _sfc_main = { name: "api/attention/functions/resolveAttentionProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / resolveAttentionProblem</p><h1 id="function-resolveattentionproblem" tabindex="-1">Function: resolveAttentionProblem() <a class="header-anchor" href="#function-resolveattentionproblem" aria-label="Permalink to &quot;Function: resolveAttentionProblem()&quot;">​</a></h1><blockquote><p><strong>resolveAttentionProblem</strong>(<code>query</code>, <code>key</code>, <code>value</code>, <code>options?</code>): <a href="./../interfaces/AttentionProblem"><code>AttentionProblem</code></a></p></blockquote><p>Checks the shapes and options of an attention call and resolves the scale and positions. <code>Q</code> is <code>[T_q, H_q, d]</code>, <code>K</code> is <code>[T_k, H_kv, d]</code> and <code>V</code> is <code>[T_k, H_kv, d_v]</code>; <code>H_q</code> must be a multiple of <code>H_kv</code>, and query head <code>h</code> reads KV head <code>floor(h / (H_q / H_kv))</code>. An option key outside <a href="./../interfaces/AttentionOptions">AttentionOptions</a> throws <code>UNKNOWN_OPTION</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="query" tabindex="-1">query <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/AttentionOptions"><code>AttentionOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AttentionProblem"><code>AttentionProblem</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/resolveAttentionProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolveAttentionProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolveAttentionProblem as default
};
