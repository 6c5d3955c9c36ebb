import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: ffnFlopsPerToken()","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/functions/ffnFlopsPerToken.md","filePath":"api/roofline/functions/ffnFlopsPerToken.md"}');
const _sfc_main = { name: "api/roofline/functions/ffnFlopsPerToken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / ffnFlopsPerToken</p><h1 id="function-ffnflopspertoken" tabindex="-1">Function: ffnFlopsPerToken() <a class="header-anchor" href="#function-ffnflopspertoken" aria-label="Permalink to &quot;Function: ffnFlopsPerToken()&quot;">​</a></h1><blockquote><p><strong>ffnFlopsPerToken</strong>(<code>ffn</code>, <code>hiddenSize</code>): <code>number</code></p></blockquote><p>Returns the FFN FLOPs of one token in one layer: twice the activated SwiGLU weights, each expert or dense FFN having <code>3·h·inter</code> of them (gate, up, down). Router FLOPs are left out, as in the Step-3 report&#39;s cost model.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="ffn" tabindex="-1">ffn <a class="header-anchor" href="#ffn" aria-label="Permalink to &quot;ffn&quot;">​</a></h3><p><code>FfnKind</code></p><h3 id="hiddensize" tabindex="-1">hiddenSize <a class="header-anchor" href="#hiddensize" aria-label="Permalink to &quot;hiddenSize&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/functions/ffnFlopsPerToken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ffnFlopsPerToken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ffnFlopsPerToken as default
};
