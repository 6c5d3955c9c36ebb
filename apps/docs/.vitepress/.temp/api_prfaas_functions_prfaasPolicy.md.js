import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: prfaasPolicy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/prfaasPolicy.md","filePath":"api/prfaas/functions/prfaasPolicy.md"}');
const _sfc_main = { name: "api/prfaas/functions/prfaasPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / prfaasPolicy</p><h1 id="function-prfaaspolicy" tabindex="-1">Function: prfaasPolicy() <a class="header-anchor" href="#function-prfaaspolicy" aria-label="Permalink to &quot;Function: prfaasPolicy()&quot;">​</a></h1><blockquote><p><strong>prfaasPolicy</strong>(<code>options</code>): <a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></blockquote><p>PrfaaS selective offload: the incremental length l after the prefix hit decides, l &gt; t goes to PrfaaS. Bandwidth-scarce placement uses each cluster&#39;s own cache (l = l_total − l_pd); bandwidth-plentiful uses the better of the two and copies the missing prefix across. The short-timescale loop of <a href="./bandwidthAwareLoop">bandwidthAwareLoop</a> moves t.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/PolicyOptions"><code>PolicyOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/prfaasPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const prfaasPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  prfaasPolicy as default
};
