import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mooncakeTtftPolicy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/mooncakeTtftPolicy.md","filePath":"api/prfaas/functions/mooncakeTtftPolicy.md"}');
const _sfc_main = { name: "api/prfaas/functions/mooncakeTtftPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / mooncakeTtftPolicy</p><h1 id="function-mooncakettftpolicy" tabindex="-1">Function: mooncakeTtftPolicy() <a class="header-anchor" href="#function-mooncakettftpolicy" aria-label="Permalink to &quot;Function: mooncakeTtftPolicy()&quot;">​</a></h1><blockquote><p><strong>mooncakeTtftPolicy</strong>(<code>options?</code>): <a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></blockquote><p>A Mooncake-style router (Conductor, FAST&#39;25): for every prefill instance of both clusters it estimates TTFT = T_transfer + T_queue + T_prefill and picks the lowest. T_transfer pulls the better prefix from the other cluster when it is more than <code>pullRatio</code> times the local one. For PrfaaS instances the estimate adds the KV transfer time that the layer-wise pipeline cannot hide at an equal share of the link. Mooncake&#39;s SLO-based rejection is not modelled.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/PolicyOptions"><code>PolicyOptions</code></a>, <code>&quot;pullRatio&quot;</code>&gt; = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/mooncakeTtftPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mooncakeTtftPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mooncakeTtftPolicy as default
};
