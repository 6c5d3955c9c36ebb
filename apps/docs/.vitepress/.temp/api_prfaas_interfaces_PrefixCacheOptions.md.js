import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PrefixCacheOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/PrefixCacheOptions.md","filePath":"api/prfaas/interfaces/PrefixCacheOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/PrefixCacheOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PrefixCacheOptions</p><h1 id="interface-prefixcacheoptions" tabindex="-1">Interface: PrefixCacheOptions <a class="header-anchor" href="#interface-prefixcacheoptions" aria-label="Permalink to &quot;Interface: PrefixCacheOptions&quot;">​</a></h1><p>Sizing and rules of one cluster&#39;s prefix cache.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blockbytes" tabindex="-1">blockBytes <a class="header-anchor" href="#blockbytes" aria-label="Permalink to &quot;blockBytes&quot;">​</a></h3><blockquote><p><strong>blockBytes</strong>: <code>number</code></p></blockquote><p>Bytes of one full block of full-attention KV.</p><hr><h3 id="blocktokens" tabindex="-1">blockTokens <a class="header-anchor" href="#blocktokens" aria-label="Permalink to &quot;blockTokens&quot;">​</a></h3><blockquote><p><strong>blockTokens</strong>: <code>number</code></p></blockquote><p>Tokens per block (512 for the Mooncake traces).</p><hr><h3 id="capacitybytes" tabindex="-1">capacityBytes <a class="header-anchor" href="#capacitybytes" aria-label="Permalink to &quot;capacityBytes&quot;">​</a></h3><blockquote><p><strong>capacityBytes</strong>: <code>number</code></p></blockquote><p>Capacity in bytes; +∞ never evicts.</p><hr><h3 id="snapshotbytes" tabindex="-1">snapshotBytes <a class="header-anchor" href="#snapshotbytes" aria-label="Permalink to &quot;snapshotBytes&quot;">​</a></h3><blockquote><p><strong>snapshotBytes</strong>: <code>number</code></p></blockquote><p>Bytes of one linear/SWA state snapshot (0 for full-attention models).</p><hr><h3 id="statesnapshots" tabindex="-1">stateSnapshots <a class="header-anchor" href="#statesnapshots" aria-label="Permalink to &quot;stateSnapshots&quot;">​</a></h3><blockquote><p><strong>stateSnapshots</strong>: <a href="./../type-aliases/StateSnapshots"><code>StateSnapshots</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/PrefixCacheOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PrefixCacheOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PrefixCacheOptions as default
};
