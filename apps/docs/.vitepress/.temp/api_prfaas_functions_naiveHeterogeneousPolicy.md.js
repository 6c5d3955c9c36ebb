import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: naiveHeterogeneousPolicy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/naiveHeterogeneousPolicy.md","filePath":"api/prfaas/functions/naiveHeterogeneousPolicy.md"}');
const _sfc_main = { name: "api/prfaas/functions/naiveHeterogeneousPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / naiveHeterogeneousPolicy</p><h1 id="function-naiveheterogeneouspolicy" tabindex="-1">Function: naiveHeterogeneousPolicy() <a class="header-anchor" href="#function-naiveheterogeneouspolicy" aria-label="Permalink to &quot;Function: naiveHeterogeneousPolicy()&quot;">​</a></h1><blockquote><p><strong>naiveHeterogeneousPolicy</strong>(): <a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></blockquote><p>Naive heterogeneous: every prefill is offloaded, round-robin over PrfaaS instances, and decode instances are picked round-robin too (&quot;no load balancing&quot;); only the PrfaaS cache is used.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/naiveHeterogeneousPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const naiveHeterogeneousPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  naiveHeterogeneousPolicy as default
};
