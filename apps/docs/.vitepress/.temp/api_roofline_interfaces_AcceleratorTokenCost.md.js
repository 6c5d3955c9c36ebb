import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AcceleratorTokenCost","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/interfaces/AcceleratorTokenCost.md","filePath":"api/roofline/interfaces/AcceleratorTokenCost.md"}');
const _sfc_main = { name: "api/roofline/interfaces/AcceleratorTokenCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / AcceleratorTokenCost</p><h1 id="interface-acceleratortokencost" tabindex="-1">Interface: AcceleratorTokenCost <a class="header-anchor" href="#interface-acceleratortokencost" aria-label="Permalink to &quot;Interface: AcceleratorTokenCost&quot;">​</a></h1><p>USD cost of one decoded token on one accelerator, or null figures when it has no price.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="acceleratorid" tabindex="-1">acceleratorId <a class="header-anchor" href="#acceleratorid" aria-label="Permalink to &quot;acceleratorId&quot;">​</a></h3><blockquote><p><strong>acceleratorId</strong>: <code>string</code></p></blockquote><hr><h3 id="attentionbound" tabindex="-1">attentionBound <a class="header-anchor" href="#attentionbound" aria-label="Permalink to &quot;attentionBound&quot;">​</a></h3><blockquote><p><strong>attentionBound</strong>: <a href="./../type-aliases/AttentionBound"><code>AttentionBound</code></a></p></blockquote><hr><h3 id="attentionusdpermilliontokens" tabindex="-1">attentionUsdPerMillionTokens <a class="header-anchor" href="#attentionusdpermilliontokens" aria-label="Permalink to &quot;attentionUsdPerMillionTokens&quot;">​</a></h3><blockquote><p><strong>attentionUsdPerMillionTokens</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Attention (roofline over KV reads and attention FLOPs, plus projection FLOPs), USD per 1M tokens.</p><hr><h3 id="colocatedusdpermilliontokens" tabindex="-1">colocatedUsdPerMillionTokens <a class="header-anchor" href="#colocatedusdpermilliontokens" aria-label="Permalink to &quot;colocatedUsdPerMillionTokens&quot;">​</a></h3><blockquote><p><strong>colocatedUsdPerMillionTokens</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Attention and FFN on the same accelerator, USD per 1M tokens.</p><hr><h3 id="ffnusdpermilliontokens" tabindex="-1">ffnUsdPerMillionTokens <a class="header-anchor" href="#ffnusdpermilliontokens" aria-label="Permalink to &quot;ffnUsdPerMillionTokens&quot;">​</a></h3><blockquote><p><strong>ffnUsdPerMillionTokens</strong>: <code>number</code> | <code>null</code></p></blockquote><p>FFN FLOPs, USD per 1M tokens.</p><hr><h3 id="priced" tabindex="-1">priced <a class="header-anchor" href="#priced" aria-label="Permalink to &quot;priced&quot;">​</a></h3><blockquote><p><strong>priced</strong>: <code>boolean</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/interfaces/AcceleratorTokenCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AcceleratorTokenCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AcceleratorTokenCost as default
};
