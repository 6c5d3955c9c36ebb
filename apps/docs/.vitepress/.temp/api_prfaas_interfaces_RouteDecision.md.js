import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RouteDecision","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/RouteDecision.md","filePath":"api/prfaas/interfaces/RouteDecision.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/RouteDecision.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / RouteDecision</p><h1 id="interface-routedecision" tabindex="-1">Interface: RouteDecision <a class="header-anchor" href="#interface-routedecision" aria-label="Permalink to &quot;Interface: RouteDecision&quot;">​</a></h1><p>A policy&#39;s decision for one request.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cluster" tabindex="-1">cluster <a class="header-anchor" href="#cluster" aria-label="Permalink to &quot;cluster&quot;">​</a></h3><blockquote><p><strong>cluster</strong>: <a href="./../type-aliases/ClusterId"><code>ClusterId</code></a></p></blockquote><hr><h3 id="copytokens" tabindex="-1">copyTokens <a class="header-anchor" href="#copytokens" aria-label="Permalink to &quot;copyTokens&quot;">​</a></h3><blockquote><p><strong>copyTokens</strong>: <code>number</code></p></blockquote><p>Cached prefix tokens to copy from the other cluster before the prefill (bandwidth-plentiful placement and Mooncake pulls); 0 for none.</p><hr><h3 id="instance" tabindex="-1">instance <a class="header-anchor" href="#instance" aria-label="Permalink to &quot;instance&quot;">​</a></h3><blockquote><p><strong>instance</strong>: <code>number</code></p></blockquote><p>Prefill instance in that cluster.</p><hr><h3 id="prefixtokens" tabindex="-1">prefixTokens <a class="header-anchor" href="#prefixtokens" aria-label="Permalink to &quot;prefixTokens&quot;">​</a></h3><blockquote><p><strong>prefixTokens</strong>: <code>number</code></p></blockquote><p>Prefix tokens reused on the prefill cluster; the instance computes the rest.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/RouteDecision.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RouteDecision = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RouteDecision as default
};
