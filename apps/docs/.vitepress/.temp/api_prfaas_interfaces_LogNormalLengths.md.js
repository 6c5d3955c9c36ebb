import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LogNormalLengths","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/LogNormalLengths.md","filePath":"api/prfaas/interfaces/LogNormalLengths.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/LogNormalLengths.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / LogNormalLengths</p><h1 id="interface-lognormallengths" tabindex="-1">Interface: LogNormalLengths <a class="header-anchor" href="#interface-lognormallengths" aria-label="Permalink to &quot;Interface: LogNormalLengths&quot;">​</a></h1><p>A log-normal length law: ln L ~ Normal(mu, sigma), truncated to [minTokens, maxTokens].</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxtokens" tabindex="-1">maxTokens <a class="header-anchor" href="#maxtokens" aria-label="Permalink to &quot;maxTokens&quot;">​</a></h3><blockquote><p><strong>maxTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="mintokens" tabindex="-1">minTokens <a class="header-anchor" href="#mintokens" aria-label="Permalink to &quot;minTokens&quot;">​</a></h3><blockquote><p><strong>minTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="mu" tabindex="-1">mu <a class="header-anchor" href="#mu" aria-label="Permalink to &quot;mu&quot;">​</a></h3><blockquote><p><strong>mu</strong>: <code>number</code></p></blockquote><hr><h3 id="sigma" tabindex="-1">sigma <a class="header-anchor" href="#sigma" aria-label="Permalink to &quot;sigma&quot;">​</a></h3><blockquote><p><strong>sigma</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/LogNormalLengths.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LogNormalLengths = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LogNormalLengths as default
};
