import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PolicyModelOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/PolicyModelOptions.md","filePath":"api/prfaas/interfaces/PolicyModelOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/PolicyModelOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PolicyModelOptions</p><h1 id="interface-policymodeloptions" tabindex="-1">Interface: PolicyModelOptions <a class="header-anchor" href="#interface-policymodeloptions" aria-label="Permalink to &quot;Interface: PolicyModelOptions&quot;">​</a></h1><p>Options of <a href="./../functions/modelPolicies">modelPolicies</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="optimizehomogeneoussplit" tabindex="-1">optimizeHomogeneousSplit? <a class="header-anchor" href="#optimizehomogeneoussplit" aria-label="Permalink to &quot;optimizeHomogeneousSplit?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>optimizeHomogeneousSplit?</strong>: <code>boolean</code></p></blockquote><p>Search N_p for homogeneous PD too (default false: the preset&#39;s split).</p><hr><h3 id="prfaaspoint" tabindex="-1">prfaasPoint? <a class="header-anchor" href="#prfaaspoint" aria-label="Permalink to &quot;prfaasPoint?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>prfaasPoint?</strong>: <code>&quot;search-threshold&quot;</code> | <code>&quot;search-all&quot;</code> | <code>&quot;fixed&quot;</code></p></blockquote><p>How the <code>prfaas</code> policy picks its operating point: <code>search-threshold</code> (default) searches t at the preset&#39;s N_p : N_d, <code>search-all</code> also searches N_p, and <code>fixed</code> uses the preset&#39;s t.</p><hr><h3 id="servicetime" tabindex="-1">serviceTime? <a class="header-anchor" href="#servicetime" aria-label="Permalink to &quot;serviceTime?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>serviceTime?</strong>: <a href="./../type-aliases/ServiceTimeMode"><code>ServiceTimeMode</code></a></p></blockquote><p>Default <code>at-mean-length</code>, the form of arXiv:2604.15039.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/PolicyModelOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PolicyModelOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PolicyModelOptions as default
};
