import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ContextSample","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/ContextSample.md","filePath":"api/afd/interfaces/ContextSample.md"}');
const _sfc_main = { name: "api/afd/interfaces/ContextSample.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / ContextSample</p><h1 id="interface-contextsample" tabindex="-1">Interface: ContextSample <a class="header-anchor" href="#interface-contextsample" aria-label="Permalink to &quot;Interface: ContextSample&quot;">​</a></h1><p>A context length with its share of requests, for planning over a distribution.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><blockquote><p><strong>tokens</strong>: <code>number</code></p></blockquote><hr><h3 id="weight" tabindex="-1">weight <a class="header-anchor" href="#weight" aria-label="Permalink to &quot;weight&quot;">​</a></h3><blockquote><p><strong>weight</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/ContextSample.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ContextSample = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ContextSample as default
};
