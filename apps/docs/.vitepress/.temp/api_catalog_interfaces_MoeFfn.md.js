import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MoeFfn","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/MoeFfn.md","filePath":"api/catalog/interfaces/MoeFfn.md"}');
const _sfc_main = { name: "api/catalog/interfaces/MoeFfn.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / MoeFfn</p><h1 id="interface-moeffn" tabindex="-1">Interface: MoeFfn <a class="header-anchor" href="#interface-moeffn" aria-label="Permalink to &quot;Interface: MoeFfn&quot;">​</a></h1><p>A mixture-of-experts FFN of SwiGLU experts. <code>numRoutedExperts</code> is null where no public figure gives the total; the decode cost needs only the active and shared experts.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="expertintermediatesize" tabindex="-1">expertIntermediateSize <a class="header-anchor" href="#expertintermediatesize" aria-label="Permalink to &quot;expertIntermediateSize&quot;">​</a></h3><blockquote><p><strong>expertIntermediateSize</strong>: <code>number</code></p></blockquote><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;moe&quot;</code></p></blockquote><hr><h3 id="numactiveexperts" tabindex="-1">numActiveExperts <a class="header-anchor" href="#numactiveexperts" aria-label="Permalink to &quot;numActiveExperts&quot;">​</a></h3><blockquote><p><strong>numActiveExperts</strong>: <code>number</code></p></blockquote><p>Routed experts per token (top-k).</p><hr><h3 id="numroutedexperts" tabindex="-1">numRoutedExperts <a class="header-anchor" href="#numroutedexperts" aria-label="Permalink to &quot;numRoutedExperts&quot;">​</a></h3><blockquote><p><strong>numRoutedExperts</strong>: <code>number</code> | <code>null</code></p></blockquote><hr><h3 id="numsharedexperts" tabindex="-1">numSharedExperts <a class="header-anchor" href="#numsharedexperts" aria-label="Permalink to &quot;numSharedExperts&quot;">​</a></h3><blockquote><p><strong>numSharedExperts</strong>: <code>number</code></p></blockquote><hr><h3 id="sharedintermediatesize" tabindex="-1">sharedIntermediateSize <a class="header-anchor" href="#sharedintermediatesize" aria-label="Permalink to &quot;sharedIntermediateSize&quot;">​</a></h3><blockquote><p><strong>sharedIntermediateSize</strong>: <code>number</code></p></blockquote><p>Width of each shared expert; equals <code>expertIntermediateSize</code> unless a config gives another width.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/MoeFfn.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MoeFfn = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MoeFfn as default
};
