import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: BandwidthProfileSpec","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/BandwidthProfileSpec.md","filePath":"api/prfaas/type-aliases/BandwidthProfileSpec.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/BandwidthProfileSpec.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / BandwidthProfileSpec</p><h1 id="type-alias-bandwidthprofilespec" tabindex="-1">Type Alias: BandwidthProfileSpec <a class="header-anchor" href="#type-alias-bandwidthprofilespec" aria-label="Permalink to &quot;Type Alias: BandwidthProfileSpec&quot;">​</a></h1><blockquote><p><strong>BandwidthProfileSpec</strong> = { <code>kind</code>: <code>&quot;constant&quot;</code>; } | { <code>kind</code>: <code>&quot;steps&quot;</code>; <code>steps</code>: readonly <code>object</code>[]; } | { <code>kind</code>: <code>&quot;fluctuating&quot;</code>; <code>periodS</code>: <code>number</code>; <code>sigma</code>: <code>number</code>; }</p></blockquote><p>The link&#39;s available bandwidth over time, as a multiple of its nominal rate.</p><h2 id="union-members" tabindex="-1">Union Members <a class="header-anchor" href="#union-members" aria-label="Permalink to &quot;Union Members&quot;">​</a></h2><h3 id="type-literal" tabindex="-1">Type Literal <a class="header-anchor" href="#type-literal" aria-label="Permalink to &quot;Type Literal&quot;">​</a></h3><p>{ <code>kind</code>: <code>&quot;constant&quot;</code>; }</p><hr><h3 id="type-literal-1" tabindex="-1">Type Literal <a class="header-anchor" href="#type-literal-1" aria-label="Permalink to &quot;Type Literal&quot;">​</a></h3><p>{ <code>kind</code>: <code>&quot;steps&quot;</code>; <code>steps</code>: readonly <code>object</code>[]; }</p><p>Piecewise-constant factors: from <code>atS</code> seconds on, the link runs at <code>factor</code> × nominal.</p><hr><h3 id="type-literal-2" tabindex="-1">Type Literal <a class="header-anchor" href="#type-literal-2" aria-label="Permalink to &quot;Type Literal&quot;">​</a></h3><p>{ <code>kind</code>: <code>&quot;fluctuating&quot;</code>; <code>periodS</code>: <code>number</code>; <code>sigma</code>: <code>number</code>; }</p><p>Seeded fluctuation: every <code>periodS</code> seconds the factor is redrawn as min(1, exp(sigma · z − sigma² / 2)) with z standard normal (link-noise stream).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/BandwidthProfileSpec.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BandwidthProfileSpec = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BandwidthProfileSpec as default
};
