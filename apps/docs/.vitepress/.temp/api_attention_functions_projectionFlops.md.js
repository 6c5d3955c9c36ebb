import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: projectionFlops()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/projectionFlops.md","filePath":"api/attention/functions/projectionFlops.md"}');
const _sfc_main = { name: "api/attention/functions/projectionFlops.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / projectionFlops</p><h1 id="function-projectionflops" tabindex="-1">Function: projectionFlops() <a class="header-anchor" href="#function-projectionflops" aria-label="Permalink to &quot;Function: projectionFlops()&quot;">​</a></h1><blockquote><p><strong>projectionFlops</strong>(<code>attention</code>, <code>hiddenSize</code>): <code>number</code></p></blockquote><p>Returns the FLOPs of the attention projections for one token: twice the projection weights. The formulas follow the Step-3 report&#39;s accounting, counted once per token whether or not an engine absorbs MLA up-projections.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h3 id="hiddensize" tabindex="-1">hiddenSize <a class="header-anchor" href="#hiddensize" aria-label="Permalink to &quot;hiddenSize&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/projectionFlops.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const projectionFlops = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  projectionFlops as default
};
