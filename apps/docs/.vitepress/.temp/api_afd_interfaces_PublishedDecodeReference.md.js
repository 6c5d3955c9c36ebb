import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PublishedDecodeReference","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/PublishedDecodeReference.md","filePath":"api/afd/interfaces/PublishedDecodeReference.md"}');
const _sfc_main = { name: "api/afd/interfaces/PublishedDecodeReference.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / PublishedDecodeReference</p><h1 id="interface-publisheddecodereference" tabindex="-1">Interface: PublishedDecodeReference <a class="header-anchor" href="#interface-publisheddecodereference" aria-label="Permalink to &quot;Interface: PublishedDecodeReference&quot;">​</a></h1><p>A published co-located decode figure and the batch per GPU it was measured at.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="batchpergpu" tabindex="-1">batchPerGpu <a class="header-anchor" href="#batchpergpu" aria-label="Permalink to &quot;batchPerGpu&quot;">​</a></h3><blockquote><p><strong>batchPerGpu</strong>: <code>number</code></p></blockquote><hr><h3 id="tokenspersecondpergpu" tabindex="-1">tokensPerSecondPerGpu <a class="header-anchor" href="#tokenspersecondpergpu" aria-label="Permalink to &quot;tokensPerSecondPerGpu&quot;">​</a></h3><blockquote><p><strong>tokensPerSecondPerGpu</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/PublishedDecodeReference.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PublishedDecodeReference = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PublishedDecodeReference as default
};
