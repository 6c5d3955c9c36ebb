import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: ffnWeightBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/ffnWeightBytes.md","filePath":"api/afd/functions/ffnWeightBytes.md"}');
const _sfc_main = { name: "api/afd/functions/ffnWeightBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / ffnWeightBytes</p><h1 id="function-ffnweightbytes" tabindex="-1">Function: ffnWeightBytes() <a class="header-anchor" href="#function-ffnweightbytes" aria-label="Permalink to &quot;Function: ffnWeightBytes()&quot;">​</a></h1><blockquote><p><strong>ffnWeightBytes</strong>(<code>ffn</code>, <code>hiddenSize</code>, <code>bytesPerWeight</code>): <code>number</code></p></blockquote><p>Returns the bytes of one layer&#39;s FFN weights, all routed and shared experts included.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="ffn" tabindex="-1">ffn <a class="header-anchor" href="#ffn" aria-label="Permalink to &quot;ffn&quot;">​</a></h3><p><code>FfnKind</code></p><h3 id="hiddensize" tabindex="-1">hiddenSize <a class="header-anchor" href="#hiddensize" aria-label="Permalink to &quot;hiddenSize&quot;">​</a></h3><p><code>number</code></p><h3 id="bytesperweight" tabindex="-1">bytesPerWeight <a class="header-anchor" href="#bytesperweight" aria-label="Permalink to &quot;bytesPerWeight&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/ffnWeightBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ffnWeightBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ffnWeightBytes as default
};
