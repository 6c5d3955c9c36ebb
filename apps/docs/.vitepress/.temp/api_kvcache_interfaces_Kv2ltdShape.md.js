import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Kv2ltdShape","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/Kv2ltdShape.md","filePath":"api/kvcache/interfaces/Kv2ltdShape.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/Kv2ltdShape.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / Kv2ltdShape</p><h1 id="interface-kv2ltdshape" tabindex="-1">Interface: Kv2ltdShape <a class="header-anchor" href="#interface-kv2ltdshape" aria-label="Permalink to &quot;Interface: Kv2ltdShape&quot;">​</a></h1><p>Shape of an LMCache <code>KV_2LTD</code> tensor <code>[2, layers, tokens, hidden]</code>, K at index 0 and V at 1.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="hidden" tabindex="-1">hidden <a class="header-anchor" href="#hidden" aria-label="Permalink to &quot;hidden&quot;">​</a></h3><blockquote><p><strong>hidden</strong>: <code>number</code></p></blockquote><p>Channels per token: KV heads × head size.</p><hr><h3 id="layers" tabindex="-1">layers <a class="header-anchor" href="#layers" aria-label="Permalink to &quot;layers&quot;">​</a></h3><blockquote><p><strong>layers</strong>: <code>number</code></p></blockquote><hr><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><blockquote><p><strong>tokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/Kv2ltdShape.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Kv2ltdShape = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Kv2ltdShape as default
};
