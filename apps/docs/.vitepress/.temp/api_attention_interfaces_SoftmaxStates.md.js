import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SoftmaxStates","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/SoftmaxStates.md","filePath":"api/attention/interfaces/SoftmaxStates.md"}');
const _sfc_main = { name: "api/attention/interfaces/SoftmaxStates.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / SoftmaxStates</p><h1 id="interface-softmaxstates" tabindex="-1">Interface: SoftmaxStates <a class="header-anchor" href="#interface-softmaxstates" aria-label="Permalink to &quot;Interface: SoftmaxStates&quot;">​</a></h1><p>Streaming-softmax states of many rows, in float64: per row the running maximum <code>m</code>, the sum <code>l = Σ exp(s_j − m)</code> and the unnormalised output <code>o = Σ exp(s_j − m)·v_j</code> of <code>width</code> channels (online softmax, arXiv:1805.02867). The empty state is <code>(−∞, 0, 0)</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="max" tabindex="-1">max <a class="header-anchor" href="#max" aria-label="Permalink to &quot;max&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>max</strong>: <code>Float64Array</code></p></blockquote><hr><h3 id="output" tabindex="-1">output <a class="header-anchor" href="#output" aria-label="Permalink to &quot;output&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>output</strong>: <code>Float64Array</code></p></blockquote><hr><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>rows</strong>: <code>number</code></p></blockquote><hr><h3 id="sum" tabindex="-1">sum <a class="header-anchor" href="#sum" aria-label="Permalink to &quot;sum&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>sum</strong>: <code>Float64Array</code></p></blockquote><hr><h3 id="width" tabindex="-1">width <a class="header-anchor" href="#width" aria-label="Permalink to &quot;width&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>width</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/SoftmaxStates.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SoftmaxStates = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SoftmaxStates as default
};
