import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checksumProvider()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/checksumProvider.md","filePath":"api/kvcache/functions/checksumProvider.md"}');
const _sfc_main = { name: "api/kvcache/functions/checksumProvider.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / checksumProvider</p><h1 id="function-checksumprovider" tabindex="-1">Function: checksumProvider() <a class="header-anchor" href="#function-checksumprovider" aria-label="Permalink to &quot;Function: checksumProvider()&quot;">​</a></h1><blockquote><p><strong>checksumProvider</strong>(<code>checksum</code>): <code>string</code></p></blockquote><p>Returns the library that computes <code>checksum</code>: <code>&quot;@node-rs/xxhash&quot;</code> or <code>&quot;hash-wasm&quot;</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="checksum" tabindex="-1">checksum <a class="header-anchor" href="#checksum" aria-label="Permalink to &quot;checksum&quot;">​</a></h3><p><a href="./../type-aliases/ChecksumFunction"><code>ChecksumFunction</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/checksumProvider.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checksumProvider = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checksumProvider as default
};
