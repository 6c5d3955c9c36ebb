import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DecodeOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/DecodeOptions.md","filePath":"api/attention/interfaces/DecodeOptions.md"}');
const _sfc_main = { name: "api/attention/interfaces/DecodeOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / DecodeOptions</p><h1 id="interface-decodeoptions" tabindex="-1">Interface: DecodeOptions <a class="header-anchor" href="#interface-decodeoptions" aria-label="Permalink to &quot;Interface: DecodeOptions&quot;">​</a></h1><p>Options of <a href="./../functions/decodeStep">decodeStep</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="mask" tabindex="-1">mask? <a class="header-anchor" href="#mask" aria-label="Permalink to &quot;mask?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>mask?</strong>: <a href="./../type-aliases/AttentionMask"><code>AttentionMask</code></a></p></blockquote><p>The mask of the step&#39;s queries; defaults to causal, which needs a <a href="./../classes/GrowingKvCache">GrowingKvCache</a>.</p><hr><h3 id="scale" tabindex="-1">scale? <a class="header-anchor" href="#scale" aria-label="Permalink to &quot;scale?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>scale?</strong>: <code>number</code></p></blockquote><hr><h3 id="sinklogits" tabindex="-1">sinkLogits? <a class="header-anchor" href="#sinklogits" aria-label="Permalink to &quot;sinkLogits?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>sinkLogits?</strong>: <code>Float32Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/DecodeOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecodeOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecodeOptions as default
};
