import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: weightedPercentile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/weightedPercentile.md","filePath":"api/prfaas/functions/weightedPercentile.md"}');
const _sfc_main = { name: "api/prfaas/functions/weightedPercentile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / weightedPercentile</p><h1 id="function-weightedpercentile" tabindex="-1">Function: weightedPercentile() <a class="header-anchor" href="#function-weightedpercentile" aria-label="Permalink to &quot;Function: weightedPercentile()&quot;">​</a></h1><blockquote><p><strong>weightedPercentile</strong>(<code>values</code>, <code>weights</code>, <code>q</code>): <code>number</code></p></blockquote><p>Returns the q-th percentile of values that each repeat <code>weights[i]</code> times (whole counts), as if the repeated list were expanded, without expanding it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="q" tabindex="-1">q <a class="header-anchor" href="#q" aria-label="Permalink to &quot;q&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/weightedPercentile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const weightedPercentile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  weightedPercentile as default
};
