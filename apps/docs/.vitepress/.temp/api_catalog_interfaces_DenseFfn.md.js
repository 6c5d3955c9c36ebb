import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DenseFfn","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/DenseFfn.md","filePath":"api/catalog/interfaces/DenseFfn.md"}');
const _sfc_main = { name: "api/catalog/interfaces/DenseFfn.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / DenseFfn</p><h1 id="interface-denseffn" tabindex="-1">Interface: DenseFfn <a class="header-anchor" href="#interface-denseffn" aria-label="Permalink to &quot;Interface: DenseFfn&quot;">​</a></h1><p>A dense SwiGLU FFN: gate, up and down matrices of <code>hiddenSize × intermediateSize</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="intermediatesize" tabindex="-1">intermediateSize <a class="header-anchor" href="#intermediatesize" aria-label="Permalink to &quot;intermediateSize&quot;">​</a></h3><blockquote><p><strong>intermediateSize</strong>: <code>number</code></p></blockquote><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;dense&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/DenseFfn.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DenseFfn = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DenseFfn as default
};
