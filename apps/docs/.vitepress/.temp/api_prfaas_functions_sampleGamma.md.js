import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sampleGamma()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/sampleGamma.md","filePath":"api/prfaas/functions/sampleGamma.md"}');
const _sfc_main = { name: "api/prfaas/functions/sampleGamma.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / sampleGamma</p><h1 id="function-samplegamma" tabindex="-1">Function: sampleGamma() <a class="header-anchor" href="#function-samplegamma" aria-label="Permalink to &quot;Function: sampleGamma()&quot;">​</a></h1><blockquote><p><strong>sampleGamma</strong>(<code>shape</code>, <code>random</code>): <code>number</code></p></blockquote><p>Draws a gamma variate of <code>shape</code> and scale 1 (Marsaglia and Tsang, ACM TOMS 26(3), 2000; shape &lt; 1 uses the boost G(shape) = G(shape + 1) · U^(1/shape)).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p><code>number</code></p><h3 id="random" tabindex="-1">random <a class="header-anchor" href="#random" aria-label="Permalink to &quot;random&quot;">​</a></h3><p><a href="./../classes/RandomStream"><code>RandomStream</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/sampleGamma.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sampleGamma = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sampleGamma as default
};
