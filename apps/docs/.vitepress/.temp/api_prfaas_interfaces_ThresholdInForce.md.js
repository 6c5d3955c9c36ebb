import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ThresholdInForce","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ThresholdInForce.md","filePath":"api/prfaas/interfaces/ThresholdInForce.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ThresholdInForce.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ThresholdInForce</p><h1 id="interface-thresholdinforce" tabindex="-1">Interface: ThresholdInForce <a class="header-anchor" href="#interface-thresholdinforce" aria-label="Permalink to &quot;Interface: ThresholdInForce&quot;">​</a></h1><p>The offload threshold a run actually used, in tokens.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="changes" tabindex="-1">changes <a class="header-anchor" href="#changes" aria-label="Permalink to &quot;changes&quot;">​</a></h3><blockquote><p><strong>changes</strong>: <code>number</code></p></blockquote><p>Changes the control loop made in that window.</p><hr><h3 id="finaltokens" tabindex="-1">finalTokens <a class="header-anchor" href="#finaltokens" aria-label="Permalink to &quot;finalTokens&quot;">​</a></h3><blockquote><p><strong>finalTokens</strong>: <code>number</code></p></blockquote><p>The threshold at the last completion.</p><hr><h3 id="initialtokens" tabindex="-1">initialTokens <a class="header-anchor" href="#initialtokens" aria-label="Permalink to &quot;initialTokens&quot;">​</a></h3><blockquote><p><strong>initialTokens</strong>: <code>number</code></p></blockquote><p>The threshold at the first arrival: the configured t, or t₀ of the control loop.</p><hr><h3 id="maxtokens" tabindex="-1">maxTokens <a class="header-anchor" href="#maxtokens" aria-label="Permalink to &quot;maxTokens&quot;">​</a></h3><blockquote><p><strong>maxTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="meantokens" tabindex="-1">meanTokens <a class="header-anchor" href="#meantokens" aria-label="Permalink to &quot;meanTokens&quot;">​</a></h3><blockquote><p><strong>meanTokens</strong>: <code>number</code></p></blockquote><p>Time-weighted mean over [first arrival, last completion].</p><hr><h3 id="mintokens" tabindex="-1">minTokens <a class="header-anchor" href="#mintokens" aria-label="Permalink to &quot;minTokens&quot;">​</a></h3><blockquote><p><strong>minTokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ThresholdInForce.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ThresholdInForce = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ThresholdInForce as default
};
