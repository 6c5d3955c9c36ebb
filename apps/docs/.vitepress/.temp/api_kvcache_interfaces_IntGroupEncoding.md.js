import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: IntGroupEncoding","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/IntGroupEncoding.md","filePath":"api/kvcache/interfaces/IntGroupEncoding.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/IntGroupEncoding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / IntGroupEncoding</p><h1 id="interface-intgroupencoding" tabindex="-1">Interface: IntGroupEncoding <a class="header-anchor" href="#interface-intgroupencoding" aria-label="Permalink to &quot;Interface: IntGroupEncoding&quot;">​</a></h1><p>KIVI-style asymmetric integer quantisation: groups of <code>groupSize</code> along <code>groupAxis</code> (the token axis for keys, the channel axis for values), an fp16 or fp32 scale and minimum per group, and the last <code>residualTokens</code> tokens kept unquantised.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bits" tabindex="-1">bits <a class="header-anchor" href="#bits" aria-label="Permalink to &quot;bits&quot;">​</a></h3><blockquote><p><strong>bits</strong>: <code>2</code> | <code>4</code> | <code>8</code></p></blockquote><hr><h3 id="codec" tabindex="-1">codec <a class="header-anchor" href="#codec" aria-label="Permalink to &quot;codec&quot;">​</a></h3><blockquote><p><strong>codec</strong>: <code>&quot;int&quot;</code></p></blockquote><hr><h3 id="groupaxis" tabindex="-1">groupAxis <a class="header-anchor" href="#groupaxis" aria-label="Permalink to &quot;groupAxis&quot;">​</a></h3><blockquote><p><strong>groupAxis</strong>: <code>number</code></p></blockquote><p>Index into <code>dims</code> of the axis groups run along.</p><hr><h3 id="groupsize" tabindex="-1">groupSize <a class="header-anchor" href="#groupsize" aria-label="Permalink to &quot;groupSize&quot;">​</a></h3><blockquote><p><strong>groupSize</strong>: <code>number</code></p></blockquote><hr><h3 id="residualtokens" tabindex="-1">residualTokens <a class="header-anchor" href="#residualtokens" aria-label="Permalink to &quot;residualTokens&quot;">​</a></h3><blockquote><p><strong>residualTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="scaletype" tabindex="-1">scaleType? <a class="header-anchor" href="#scaletype" aria-label="Permalink to &quot;scaleType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>scaleType?</strong>: <code>&quot;fp16&quot;</code> | <code>&quot;fp32&quot;</code></p></blockquote><p>Default fp16, as KIVI stores them.</p><hr><h3 id="stages" tabindex="-1">stages? <a class="header-anchor" href="#stages" aria-label="Permalink to &quot;stages?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stages?</strong>: <a href="./../type-aliases/Stage"><code>Stage</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/IntGroupEncoding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IntGroupEncoding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IntGroupEncoding as default
};
