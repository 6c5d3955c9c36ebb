import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: generateWorkload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/generateWorkload.md","filePath":"api/prfaas/functions/generateWorkload.md"}');
const _sfc_main = { name: "api/prfaas/functions/generateWorkload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / generateWorkload</p><h1 id="function-generateworkload" tabindex="-1">Function: generateWorkload() <a class="header-anchor" href="#function-generateworkload" aria-label="Permalink to &quot;Function: generateWorkload()&quot;">​</a></h1><blockquote><p><strong>generateWorkload</strong>(<code>workload</code>, <code>seed</code>): <code>Generator</code>&lt;<a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>&gt;</p></blockquote><p>Generates a synthetic workload lazily, so a run of millions of requests never holds them all. Arrivals, input lengths and output lengths draw from separate streams of <code>seed</code>, so the same seed gives the same requests, and changing the arrival rate keeps the lengths.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="workload" tabindex="-1">workload <a class="header-anchor" href="#workload" aria-label="Permalink to &quot;workload&quot;">​</a></h3><p><a href="./../interfaces/SyntheticWorkload"><code>SyntheticWorkload</code></a></p><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Generator</code>&lt;<a href="./../interfaces/WorkloadRequest"><code>WorkloadRequest</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/generateWorkload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const generateWorkload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  generateWorkload as default
};
