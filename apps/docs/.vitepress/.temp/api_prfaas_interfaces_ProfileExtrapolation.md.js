import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProfileExtrapolation","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ProfileExtrapolation.md","filePath":"api/prfaas/interfaces/ProfileExtrapolation.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ProfileExtrapolation.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ProfileExtrapolation</p><h1 id="interface-profileextrapolation" tabindex="-1">Interface: ProfileExtrapolation <a class="header-anchor" href="#interface-profileextrapolation" aria-label="Permalink to &quot;Interface: ProfileExtrapolation&quot;">​</a></h1><p>Lookups of one cluster&#39;s prefill cost model that fell outside its measured table.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="lookupsabove" tabindex="-1">lookupsAbove <a class="header-anchor" href="#lookupsabove" aria-label="Permalink to &quot;lookupsAbove&quot;">​</a></h3><blockquote><p><strong>lookupsAbove</strong>: <code>number</code></p></blockquote><hr><h3 id="lookupsbelow" tabindex="-1">lookupsBelow <a class="header-anchor" href="#lookupsbelow" aria-label="Permalink to &quot;lookupsBelow&quot;">​</a></h3><blockquote><p><strong>lookupsBelow</strong>: <code>number</code></p></blockquote><p>Lookups of prefill time or KV bytes below and above the table, which used the fitted curves.</p><hr><h3 id="maxtokensabove" tabindex="-1">maxTokensAbove <a class="header-anchor" href="#maxtokensabove" aria-label="Permalink to &quot;maxTokensAbove&quot;">​</a></h3><blockquote><p><strong>maxTokensAbove</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Maximum length looked up above the table, or null without such a lookup.</p><hr><h3 id="mintokensbelow" tabindex="-1">minTokensBelow <a class="header-anchor" href="#mintokensbelow" aria-label="Permalink to &quot;minTokensBelow&quot;">​</a></h3><blockquote><p><strong>minTokensBelow</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Minimum length looked up below the table, or null without such a lookup.</p><hr><h3 id="tablemaxtokens" tabindex="-1">tableMaxTokens <a class="header-anchor" href="#tablemaxtokens" aria-label="Permalink to &quot;tableMaxTokens&quot;">​</a></h3><blockquote><p><strong>tableMaxTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="tablemintokens" tabindex="-1">tableMinTokens <a class="header-anchor" href="#tablemintokens" aria-label="Permalink to &quot;tableMinTokens&quot;">​</a></h3><blockquote><p><strong>tableMinTokens</strong>: <code>number</code></p></blockquote><p>The lengths the table covers, in tokens.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ProfileExtrapolation.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProfileExtrapolation = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProfileExtrapolation as default
};
