import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AfdTokenCost","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/interfaces/AfdTokenCost.md","filePath":"api/roofline/interfaces/AfdTokenCost.md"}');
const _sfc_main = { name: "api/roofline/interfaces/AfdTokenCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / AfdTokenCost</p><h1 id="interface-afdtokencost" tabindex="-1">Interface: AfdTokenCost <a class="header-anchor" href="#interface-afdtokencost" aria-label="Permalink to &quot;Interface: AfdTokenCost&quot;">​</a></h1><p>The cheapest attention-FFN split over a set of priced accelerators.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attentionacceleratorid" tabindex="-1">attentionAcceleratorId <a class="header-anchor" href="#attentionacceleratorid" aria-label="Permalink to &quot;attentionAcceleratorId&quot;">​</a></h3><blockquote><p><strong>attentionAcceleratorId</strong>: <code>string</code></p></blockquote><hr><h3 id="attentionusdpermilliontokens" tabindex="-1">attentionUsdPerMillionTokens <a class="header-anchor" href="#attentionusdpermilliontokens" aria-label="Permalink to &quot;attentionUsdPerMillionTokens&quot;">​</a></h3><blockquote><p><strong>attentionUsdPerMillionTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="ffnacceleratorid" tabindex="-1">ffnAcceleratorId <a class="header-anchor" href="#ffnacceleratorid" aria-label="Permalink to &quot;ffnAcceleratorId&quot;">​</a></h3><blockquote><p><strong>ffnAcceleratorId</strong>: <code>string</code></p></blockquote><hr><h3 id="ffnusdpermilliontokens" tabindex="-1">ffnUsdPerMillionTokens <a class="header-anchor" href="#ffnusdpermilliontokens" aria-label="Permalink to &quot;ffnUsdPerMillionTokens&quot;">​</a></h3><blockquote><p><strong>ffnUsdPerMillionTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="usdpermilliontokens" tabindex="-1">usdPerMillionTokens <a class="header-anchor" href="#usdpermilliontokens" aria-label="Permalink to &quot;usdPerMillionTokens&quot;">​</a></h3><blockquote><p><strong>usdPerMillionTokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/interfaces/AfdTokenCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AfdTokenCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AfdTokenCost as default
};
