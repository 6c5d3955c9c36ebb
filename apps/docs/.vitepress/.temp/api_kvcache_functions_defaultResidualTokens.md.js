import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: defaultResidualTokens()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/defaultResidualTokens.md","filePath":"api/kvcache/functions/defaultResidualTokens.md"}');
const _sfc_main = { name: "api/kvcache/functions/defaultResidualTokens.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / defaultResidualTokens</p><h1 id="function-defaultresidualtokens" tabindex="-1">Function: defaultResidualTokens() <a class="header-anchor" href="#function-defaultresidualtokens" aria-label="Permalink to &quot;Function: defaultResidualTokens()&quot;">​</a></h1><blockquote><p><strong>defaultResidualTokens</strong>(<code>tokens</code>, <code>residualLength</code>, <code>groupSize</code>, <code>groupsAlongTokens</code>): <code>number</code></p></blockquote><p>Returns the encoder&#39;s default residual split for a plane of <code>tokens</code> tokens with residual length <code>residualLength</code> (KIVI keeps the most recent tokens in full precision): values keep <code>min(T, R)</code> tokens, keys keep <code>T − G·floor(max(T − R, 0) / G)</code> so quantised keys fill whole groups. Pass 0 for a chunk that is not the tail of its sequence.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><p><code>number</code></p><h3 id="residuallength" tabindex="-1">residualLength <a class="header-anchor" href="#residuallength" aria-label="Permalink to &quot;residualLength&quot;">​</a></h3><p><code>number</code></p><h3 id="groupsize" tabindex="-1">groupSize <a class="header-anchor" href="#groupsize" aria-label="Permalink to &quot;groupSize&quot;">​</a></h3><p><code>number</code></p><h3 id="groupsalongtokens" tabindex="-1">groupsAlongTokens <a class="header-anchor" href="#groupsalongtokens" aria-label="Permalink to &quot;groupsAlongTokens&quot;">​</a></h3><p><code>boolean</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/defaultResidualTokens.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const defaultResidualTokens = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  defaultResidualTokens as default
};
