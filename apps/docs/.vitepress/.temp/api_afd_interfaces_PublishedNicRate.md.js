import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PublishedNicRate","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/PublishedNicRate.md","filePath":"api/afd/interfaces/PublishedNicRate.md"}');
const _sfc_main = { name: "api/afd/interfaces/PublishedNicRate.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / PublishedNicRate</p><h1 id="interface-publishednicrate" tabindex="-1">Interface: PublishedNicRate <a class="header-anchor" href="#interface-publishednicrate" aria-label="Permalink to &quot;Interface: PublishedNicRate&quot;">​</a></h1><p>The baseline at one published all-to-all rate, everything else unchanged.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="batchpergpu" tabindex="-1">batchPerGpu <a class="header-anchor" href="#batchpergpu" aria-label="Permalink to &quot;batchPerGpu&quot;">​</a></h3><blockquote><p><strong>batchPerGpu</strong>: <code>number</code></p></blockquote><hr><h3 id="binding" tabindex="-1">binding <a class="header-anchor" href="#binding" aria-label="Permalink to &quot;binding&quot;">​</a></h3><blockquote><p><strong>binding</strong>: <a href="./../type-aliases/BaselineBinding"><code>BaselineBinding</code></a></p></blockquote><hr><h3 id="gaptoreference" tabindex="-1">gapToReference <a class="header-anchor" href="#gaptoreference" aria-label="Permalink to &quot;gapToReference&quot;">​</a></h3><blockquote><p><strong>gapToReference</strong>: <code>number</code></p></blockquote><p><code>(modelled − reference) / reference</code>.</p><hr><h3 id="nicefficiency" tabindex="-1">nicEfficiency <a class="header-anchor" href="#nicefficiency" aria-label="Permalink to &quot;nicEfficiency&quot;">​</a></h3><blockquote><p><strong>nicEfficiency</strong>: <code>number</code></p></blockquote><hr><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><blockquote><p><strong>source</strong>: <code>&quot;stepmesh&quot;</code> | <code>&quot;deepep-ep128-decode&quot;</code></p></blockquote><p>The library whose measurement gives the rate.</p><hr><h3 id="tokenspersecondpergpu" tabindex="-1">tokensPerSecondPerGpu <a class="header-anchor" href="#tokenspersecondpergpu" aria-label="Permalink to &quot;tokensPerSecondPerGpu&quot;">​</a></h3><blockquote><p><strong>tokensPerSecondPerGpu</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/PublishedNicRate.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PublishedNicRate = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PublishedNicRate as default
};
