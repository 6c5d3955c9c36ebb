import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: logNormalDistribution()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/logNormalDistribution.md","filePath":"api/prfaas/functions/logNormalDistribution.md"}');
const _sfc_main = { name: "api/prfaas/functions/logNormalDistribution.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / logNormalDistribution</p><h1 id="function-lognormaldistribution" tabindex="-1">Function: logNormalDistribution() <a class="header-anchor" href="#function-lognormaldistribution" aria-label="Permalink to &quot;Function: logNormalDistribution()&quot;">​</a></h1><blockquote><p><strong>logNormalDistribution</strong>(<code>law</code>): <a href="./../interfaces/LengthDistribution"><code>LengthDistribution</code></a></p></blockquote><p>Returns the truncated log-normal length law as a <a href="./../interfaces/LengthDistribution">LengthDistribution</a>. The mass and the mean use the closed form E[L; a &lt; L &lt; b] = e^(μ + σ²/2)·[Φ((ln b − μ − σ²)/σ) − Φ((ln a − μ − σ²)/σ)]; other functions of L are integrated with Simpson&#39;s rule over ln L.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="law" tabindex="-1">law <a class="header-anchor" href="#law" aria-label="Permalink to &quot;law&quot;">​</a></h3><p><a href="./../interfaces/LogNormalLengths"><code>LogNormalLengths</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LengthDistribution"><code>LengthDistribution</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/logNormalDistribution.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const logNormalDistribution = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  logNormalDistribution as default
};
