import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: presetWorkload()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/presetWorkload.md","filePath":"api/prfaas/functions/presetWorkload.md"}');
const _sfc_main = { name: "api/prfaas/functions/presetWorkload.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / presetWorkload</p><h1 id="function-presetworkload" tabindex="-1">Function: presetWorkload() <a class="header-anchor" href="#function-presetworkload" aria-label="Permalink to &quot;Function: presetWorkload()&quot;">​</a></h1><blockquote><p><strong>presetWorkload</strong>(<code>resolved</code>, <code>ratePerSecond</code>, <code>requests</code>): <a href="./../interfaces/SyntheticWorkload"><code>SyntheticWorkload</code></a></p></blockquote><p>Returns the preset&#39;s synthetic workload at <code>ratePerSecond</code> Poisson arrivals with <code>requests</code> requests.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="resolved" tabindex="-1">resolved <a class="header-anchor" href="#resolved" aria-label="Permalink to &quot;resolved&quot;">​</a></h3><p><a href="./../interfaces/ResolvedPreset"><code>ResolvedPreset</code></a></p><h3 id="ratepersecond" tabindex="-1">ratePerSecond <a class="header-anchor" href="#ratepersecond" aria-label="Permalink to &quot;ratePerSecond&quot;">​</a></h3><p><code>number</code></p><h3 id="requests" tabindex="-1">requests <a class="header-anchor" href="#requests" aria-label="Permalink to &quot;requests&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/SyntheticWorkload"><code>SyntheticWorkload</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/presetWorkload.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const presetWorkload = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  presetWorkload as default
};
