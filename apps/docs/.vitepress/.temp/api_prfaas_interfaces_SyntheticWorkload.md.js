import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SyntheticWorkload","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SyntheticWorkload.md","filePath":"api/prfaas/interfaces/SyntheticWorkload.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SyntheticWorkload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SyntheticWorkload</p><h1 id="interface-syntheticworkload" tabindex="-1">Interface: SyntheticWorkload <a class="header-anchor" href="#interface-syntheticworkload" aria-label="Permalink to &quot;Interface: SyntheticWorkload&quot;">​</a></h1><p>A seeded synthetic workload: log-normal input lengths truncated by resampling.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="arrivals" tabindex="-1">arrivals <a class="header-anchor" href="#arrivals" aria-label="Permalink to &quot;arrivals&quot;">​</a></h3><blockquote><p><strong>arrivals</strong>: <a href="./../type-aliases/ArrivalProcess"><code>ArrivalProcess</code></a></p></blockquote><hr><h3 id="inputlengths" tabindex="-1">inputLengths <a class="header-anchor" href="#inputlengths" aria-label="Permalink to &quot;inputLengths&quot;">​</a></h3><blockquote><p><strong>inputLengths</strong>: <a href="./LogNormalLengths"><code>LogNormalLengths</code></a></p></blockquote><p>Input lengths: ln L ~ Normal(mu, sigma), resampled until inside [minTokens, maxTokens].</p><hr><h3 id="outputlengths" tabindex="-1">outputLengths <a class="header-anchor" href="#outputlengths" aria-label="Permalink to &quot;outputLengths&quot;">​</a></h3><blockquote><p><strong>outputLengths</strong>: <a href="./../type-aliases/OutputLengths"><code>OutputLengths</code></a></p></blockquote><hr><h3 id="requests" tabindex="-1">requests <a class="header-anchor" href="#requests" aria-label="Permalink to &quot;requests&quot;">​</a></h3><blockquote><p><strong>requests</strong>: <code>number</code></p></blockquote><p>Number of requests.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SyntheticWorkload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SyntheticWorkload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SyntheticWorkload as default
};
