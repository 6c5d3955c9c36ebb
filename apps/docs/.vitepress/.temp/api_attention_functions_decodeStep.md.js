import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeStep()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/decodeStep.md","filePath":"api/attention/functions/decodeStep.md"}');
const _sfc_main = { name: "api/attention/functions/decodeStep.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / decodeStep</p><h1 id="function-decodestep" tabindex="-1">Function: decodeStep() <a class="header-anchor" href="#function-decodestep" aria-label="Permalink to &quot;Function: decodeStep()&quot;">​</a></h1><blockquote><p><strong>decodeStep</strong>(<code>cache</code>, <code>query</code>, <code>key</code>, <code>value</code>, <code>options?</code>): <a href="./../interfaces/AttentionResult"><code>AttentionResult</code></a></p></blockquote><p>Appends the new tokens&#39; keys and values to <code>cache</code> and attends their queries (<code>[t, H_q, d]</code>) to everything the cache holds, at absolute positions <code>length … length + t − 1</code>. With a <a href="./../classes/RingKvCache">RingKvCache</a> it throws <code>INVALID_ARGUMENT</code> naming <code>capacity</code>, before appending, when the ring no longer contains a key that the mask shows to one of the queries.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="cache" tabindex="-1">cache <a class="header-anchor" href="#cache" aria-label="Permalink to &quot;cache&quot;">​</a></h3><p><a href="./../interfaces/KvCache"><code>KvCache</code></a></p><h3 id="query" tabindex="-1">query <a class="header-anchor" href="#query" aria-label="Permalink to &quot;query&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/DecodeOptions"><code>DecodeOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AttentionResult"><code>AttentionResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/decodeStep.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeStep = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeStep as default
};
