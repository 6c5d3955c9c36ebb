import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttentionWindow","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/AttentionWindow.md","filePath":"api/attention/interfaces/AttentionWindow.md"}');
const _sfc_main = { name: "api/attention/interfaces/AttentionWindow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttentionWindow</p><h1 id="interface-attentionwindow" tabindex="-1">Interface: AttentionWindow <a class="header-anchor" href="#interface-attentionwindow" aria-label="Permalink to &quot;Interface: AttentionWindow&quot;">​</a></h1><p>A local attention span. <code>sliding</code>: the current token sees at most <code>sizeTokens</code> keys, itself included (the Hugging Face <code>masking_utils</code>, vLLM and SGLang convention). <code>chunked</code>: the sequence is cut into chunks of <code>sizeTokens</code> and a token sees only keys of its own chunk (Llama 4). Either way the layer&#39;s cache holds at most <code>sizeTokens</code> entries.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;sliding&quot;</code> | <code>&quot;chunked&quot;</code></p></blockquote><hr><h3 id="sizetokens" tabindex="-1">sizeTokens <a class="header-anchor" href="#sizetokens" aria-label="Permalink to &quot;sizeTokens&quot;">​</a></h3><blockquote><p><strong>sizeTokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/AttentionWindow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionWindow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionWindow as default
};
