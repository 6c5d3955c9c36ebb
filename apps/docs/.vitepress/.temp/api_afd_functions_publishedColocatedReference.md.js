import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: publishedColocatedReference()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/publishedColocatedReference.md","filePath":"api/afd/functions/publishedColocatedReference.md"}');
const _sfc_main = { name: "api/afd/functions/publishedColocatedReference.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / publishedColocatedReference</p><h1 id="function-publishedcolocatedreference" tabindex="-1">Function: publishedColocatedReference() <a class="header-anchor" href="#function-publishedcolocatedreference" aria-label="Permalink to &quot;Function: publishedColocatedReference()&quot;">​</a></h1><blockquote><p><strong>publishedColocatedReference</strong>(<code>setup</code>): <a href="./../interfaces/PublishedDecodeReference"><code>PublishedDecodeReference</code></a> | <code>null</code></p></blockquote><p>Returns the published figure of a setup, or null when none was published for it. The only one known is DeepSeek-V3&#39;s decode profile. It matches a model with the built-in <code>deepseek-v3</code> figures, so an import of its config.json counts. The accelerators must be 128 with the built-in H800&#39;s peaks, HBM and NICs. The context must be one length of 4,096 tokens, the TPOT target 50 ms (the Step-3 report&#39;s comparison) and the expert weights FP8, as DeepSeek ran them. Ids, names, sources, notes and prices do not take part. Neither do the attention and KV element types, because the profile does not publish them.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="setup" tabindex="-1">setup <a class="header-anchor" href="#setup" aria-label="Permalink to &quot;setup&quot;">​</a></h3><p><a href="./../interfaces/ColocatedSetup"><code>ColocatedSetup</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PublishedDecodeReference"><code>PublishedDecodeReference</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/publishedColocatedReference.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const publishedColocatedReference = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  publishedColocatedReference as default
};
