import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PolicyOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/PolicyOptions.md","filePath":"api/prfaas/interfaces/PolicyOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/PolicyOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PolicyOptions</p><h1 id="interface-policyoptions" tabindex="-1">Interface: PolicyOptions <a class="header-anchor" href="#interface-policyoptions" aria-label="Permalink to &quot;Interface: PolicyOptions&quot;">​</a></h1><p>Options shared by the policy factories.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="controlloop" tabindex="-1">controlLoop? <a class="header-anchor" href="#controlloop" aria-label="Permalink to &quot;controlLoop?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>controlLoop?</strong>: <code>false</code> | <code>Omit</code>&lt;<a href="./BandwidthLoopOptions"><code>BandwidthLoopOptions</code></a>, <code>&quot;baseThresholdTokens&quot;</code>&gt;</p></blockquote><p>Short-timescale loop constants of <code>prfaas</code>, or false to run it without the loop.</p><hr><h3 id="placement" tabindex="-1">placement? <a class="header-anchor" href="#placement" aria-label="Permalink to &quot;placement?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>placement?</strong>: <a href="./../type-aliases/Placement"><code>Placement</code></a></p></blockquote><p>Cache placement (default bandwidth-scarce).</p><hr><h3 id="pullratio" tabindex="-1">pullRatio? <a class="header-anchor" href="#pullratio" aria-label="Permalink to &quot;pullRatio?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>pullRatio?</strong>: <code>number</code></p></blockquote><p>Mooncake&#39;s balancing threshold: pull a prefix from the other cluster only when the best match is more than this many times the local one (+∞ ratio when the local match is 0). Mooncake tunes it and does not publish it; default 2 (ours).</p><hr><h3 id="thresholdtokens" tabindex="-1">thresholdTokens <a class="header-anchor" href="#thresholdtokens" aria-label="Permalink to &quot;thresholdTokens&quot;">​</a></h3><blockquote><p><strong>thresholdTokens</strong>: <code>number</code></p></blockquote><p>Offload threshold t in tokens (for <code>prfaas</code>).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/PolicyOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PolicyOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PolicyOptions as default
};
