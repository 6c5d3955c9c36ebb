import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: finalizeSoftmaxStates()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/finalizeSoftmaxStates.md","filePath":"api/attention/functions/finalizeSoftmaxStates.md"}');
const _sfc_main = { name: "api/attention/functions/finalizeSoftmaxStates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / finalizeSoftmaxStates</p><h1 id="function-finalizesoftmaxstates" tabindex="-1">Function: finalizeSoftmaxStates() <a class="header-anchor" href="#function-finalizesoftmaxstates" aria-label="Permalink to &quot;Function: finalizeSoftmaxStates()&quot;">​</a></h1><blockquote><p><strong>finalizeSoftmaxStates</strong>(<code>states</code>, <code>sinkLogits?</code>): <code>object</code></p></blockquote><p>Normalises states into outputs <code>o / l</code> (rounded to float32) and log-sum-exp values <code>lse = m + ln l</code>. An optional per-row <code>sinkLogits</code> value joins each denominator once without a value (gpt-oss learned sinks). An empty row gives zeros, with <code>lse = −∞</code> or, with a sink, the sink logit.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="states" tabindex="-1">states <a class="header-anchor" href="#states" aria-label="Permalink to &quot;states&quot;">​</a></h3><p><a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p><h3 id="sinklogits" tabindex="-1">sinkLogits? <a class="header-anchor" href="#sinklogits" aria-label="Permalink to &quot;sinkLogits?&quot;">​</a></h3><p>(<code>row</code>) =&gt; <code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><h3 id="logsumexp" tabindex="-1">logSumExp <a class="header-anchor" href="#logsumexp" aria-label="Permalink to &quot;logSumExp&quot;">​</a></h3><blockquote><p><strong>logSumExp</strong>: <code>Float32Array</code></p></blockquote><h3 id="output" tabindex="-1">output <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output&quot;">​</a></h3><blockquote><p><strong>output</strong>: <code>Float32Array</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/finalizeSoftmaxStates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const finalizeSoftmaxStates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  finalizeSoftmaxStates as default
};
