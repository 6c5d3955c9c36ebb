import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttentionResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/AttentionResult.md","filePath":"api/attention/interfaces/AttentionResult.md"}');
const _sfc_main = { name: "api/attention/interfaces/AttentionResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttentionResult</p><h1 id="interface-attentionresult" tabindex="-1">Interface: AttentionResult <a class="header-anchor" href="#interface-attentionresult" aria-label="Permalink to &quot;Interface: AttentionResult&quot;">​</a></h1><p>Output of <a href="./../functions/scaledDotProductAttention">scaledDotProductAttention</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="logsumexp" tabindex="-1">logSumExp <a class="header-anchor" href="#logsumexp" aria-label="Permalink to &quot;logSumExp&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>logSumExp</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p><code>[T_q, H_q]</code> log-sum-exp of the scaled scores (and the sink); <code>−∞</code> for a row that sees nothing.</p><hr><h3 id="output" tabindex="-1">output <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>output</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p><code>[T_q, H_q, d_v]</code>. Rows that see no key are zeros.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/AttentionResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionResult as default
};
