import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modelPolicies()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/modelPolicies.md","filePath":"api/prfaas/functions/modelPolicies.md"}');
const _sfc_main = { name: "api/prfaas/functions/modelPolicies.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / modelPolicies</p><h1 id="function-modelpolicies" tabindex="-1">Function: modelPolicies() <a class="header-anchor" href="#function-modelpolicies" aria-label="Permalink to &quot;Function: modelPolicies()&quot;">​</a></h1><blockquote><p><strong>modelPolicies</strong>(<code>resolved</code>, <code>options?</code>): <a href="./../interfaces/PolicyThroughput"><code>PolicyThroughput</code></a>[]</p></blockquote><p>Runs the analytical throughput model for <code>homogeneous-pd</code>, <code>naive-heterogeneous</code> and <code>prfaas</code> on a resolved preset.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="resolved" tabindex="-1">resolved <a class="header-anchor" href="#resolved" aria-label="Permalink to &quot;resolved&quot;">​</a></h3><p><a href="./../interfaces/ResolvedPreset"><code>ResolvedPreset</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/PolicyModelOptions"><code>PolicyModelOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PolicyThroughput"><code>PolicyThroughput</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/modelPolicies.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modelPolicies = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modelPolicies as default
};
