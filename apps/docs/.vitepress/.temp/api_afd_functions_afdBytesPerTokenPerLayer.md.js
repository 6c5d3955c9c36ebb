import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: afdBytesPerTokenPerLayer()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/afdBytesPerTokenPerLayer.md","filePath":"api/afd/functions/afdBytesPerTokenPerLayer.md"}');
const _sfc_main = { name: "api/afd/functions/afdBytesPerTokenPerLayer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / afdBytesPerTokenPerLayer</p><h1 id="function-afdbytespertokenperlayer" tabindex="-1">Function: afdBytesPerTokenPerLayer() <a class="header-anchor" href="#function-afdbytespertokenperlayer" aria-label="Permalink to &quot;Function: afdBytesPerTokenPerLayer()&quot;">​</a></h1><blockquote><p><strong>afdBytesPerTokenPerLayer</strong>(<code>hiddenSize</code>): <code>number</code></p></blockquote><p>Returns the bytes one token moves between attention and FFN per layer: FP8 out, BF16 back, <code>3·H</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="hiddensize" tabindex="-1">hiddenSize <a class="header-anchor" href="#hiddensize" aria-label="Permalink to &quot;hiddenSize&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/afdBytesPerTokenPerLayer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const afdBytesPerTokenPerLayer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  afdBytesPerTokenPerLayer as default
};
