import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: attentionSoftmaxStates()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/attentionSoftmaxStates.md","filePath":"api/attention/functions/attentionSoftmaxStates.md"}');
const _sfc_main = { name: "api/attention/functions/attentionSoftmaxStates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / attentionSoftmaxStates</p><h1 id="function-attentionsoftmaxstates" tabindex="-1">Function: attentionSoftmaxStates() <a class="header-anchor" href="#function-attentionsoftmaxstates" aria-label="Permalink to &quot;Function: attentionSoftmaxStates()&quot;">​</a></h1><blockquote><p><strong>attentionSoftmaxStates</strong>(<code>query</code>, <code>key</code>, <code>value</code>, <code>options?</code>): <a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p></blockquote><p>Computes the unnormalised streaming-softmax state <code>(m, l, o)</code> of every <code>(row, head)</code> over the visible keys of <code>K</code> and <code>V</code>, in float64. Row <code>r·H_q + h</code> of the result belongs to query row <code>r</code>, head <code>h</code>. States over disjoint key tiles merge with <code>mergeSoftmaxStates</code>, and <code>finalizeSoftmaxStates</code> turns them into outputs. Masked keys are never read, so NaN in a masked key or value cannot reach the result.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="query" tabindex="-1">query <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/AttentionOptions"><code>AttentionOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SoftmaxStates"><code>SoftmaxStates</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/attentionSoftmaxStates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attentionSoftmaxStates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attentionSoftmaxStates as default
};
