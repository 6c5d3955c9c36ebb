import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ArrivalProcess","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/ArrivalProcess.md","filePath":"api/prfaas/type-aliases/ArrivalProcess.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/ArrivalProcess.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ArrivalProcess</p><h1 id="type-alias-arrivalprocess" tabindex="-1">Type Alias: ArrivalProcess <a class="header-anchor" href="#type-alias-arrivalprocess" aria-label="Permalink to &quot;Type Alias: ArrivalProcess&quot;">​</a></h1><blockquote><p><strong>ArrivalProcess</strong> = { <code>kind</code>: <code>&quot;poisson&quot;</code>; <code>ratePerSecond</code>: <code>number</code>; } | { <code>cv</code>: <code>number</code>; <code>kind</code>: <code>&quot;gamma&quot;</code>; <code>ratePerSecond</code>: <code>number</code>; }</p></blockquote><p>Arrivals of a synthetic workload.</p><h2 id="union-members" tabindex="-1">Union Members <a class="header-anchor" href="#union-members" aria-label="Permalink to &quot;Union Members&quot;">​</a></h2><h3 id="type-literal" tabindex="-1">Type Literal <a class="header-anchor" href="#type-literal" aria-label="Permalink to &quot;Type Literal&quot;">​</a></h3><p>{ <code>kind</code>: <code>&quot;poisson&quot;</code>; <code>ratePerSecond</code>: <code>number</code>; }</p><p>Poisson arrivals: exponential gaps with mean 1 / rate.</p><hr><h3 id="type-literal-1" tabindex="-1">Type Literal <a class="header-anchor" href="#type-literal-1" aria-label="Permalink to &quot;Type Literal&quot;">​</a></h3><p>{ <code>cv</code>: <code>number</code>; <code>kind</code>: <code>&quot;gamma&quot;</code>; <code>ratePerSecond</code>: <code>number</code>; }</p><p>Bursty arrivals: gamma-distributed gaps with mean 1 / rate and coefficient of variation <code>cv</code> (&gt; 1 is burstier than Poisson, 1 is Poisson).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/ArrivalProcess.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ArrivalProcess = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ArrivalProcess as default
};
