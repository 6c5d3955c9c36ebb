import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createPolicy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/createPolicy.md","filePath":"api/prfaas/functions/createPolicy.md"}');
const _sfc_main = { name: "api/prfaas/functions/createPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / createPolicy</p><h1 id="function-createpolicy" tabindex="-1">Function: createPolicy() <a class="header-anchor" href="#function-createpolicy" aria-label="Permalink to &quot;Function: createPolicy()&quot;">​</a></h1><blockquote><p><strong>createPolicy</strong>(<code>id</code>, <code>options</code>): <a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></blockquote><p>Creates the policy <code>id</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><p><code>&quot;homogeneous-pd&quot;</code> | <code>&quot;naive-heterogeneous&quot;</code> | <code>&quot;prfaas&quot;</code> | <code>&quot;mooncake-ttft&quot;</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/PolicyOptions"><code>PolicyOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/createPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createPolicy as default
};
