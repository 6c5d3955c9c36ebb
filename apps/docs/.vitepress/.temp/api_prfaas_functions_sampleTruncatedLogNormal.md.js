import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sampleTruncatedLogNormal()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/sampleTruncatedLogNormal.md","filePath":"api/prfaas/functions/sampleTruncatedLogNormal.md"}');
const _sfc_main = { name: "api/prfaas/functions/sampleTruncatedLogNormal.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / sampleTruncatedLogNormal</p><h1 id="function-sampletruncatedlognormal" tabindex="-1">Function: sampleTruncatedLogNormal() <a class="header-anchor" href="#function-sampletruncatedlognormal" aria-label="Permalink to &quot;Function: sampleTruncatedLogNormal()&quot;">​</a></h1><blockquote><p><strong>sampleTruncatedLogNormal</strong>(<code>law</code>, <code>random</code>): <code>number</code></p></blockquote><p>Draws from ln L ~ Normal(mu, sigma), rounded to whole tokens and resampled until inside the bounds.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="law" tabindex="-1">law <a class="header-anchor" href="#law" aria-label="Permalink to &quot;law&quot;">​</a></h3><p><a href="./../interfaces/LogNormalLengths"><code>LogNormalLengths</code></a></p><h3 id="random" tabindex="-1">random <a class="header-anchor" href="#random" aria-label="Permalink to &quot;random&quot;">​</a></h3><p><a href="./../classes/RandomStream"><code>RandomStream</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/sampleTruncatedLogNormal.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sampleTruncatedLogNormal = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sampleTruncatedLogNormal as default
};
