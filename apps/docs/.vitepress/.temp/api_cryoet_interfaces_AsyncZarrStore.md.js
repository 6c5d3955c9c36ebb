import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AsyncZarrStore","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/AsyncZarrStore.md","filePath":"api/cryoet/interfaces/AsyncZarrStore.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/AsyncZarrStore.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / AsyncZarrStore</p><h1 id="interface-asynczarrstore" tabindex="-1">Interface: AsyncZarrStore <a class="header-anchor" href="#interface-asynczarrstore" aria-label="Permalink to &quot;Interface: AsyncZarrStore&quot;">​</a></h1><p>A <a href="./../type-aliases/ZarrStore">ZarrStore</a> whose methods return promises.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="get" tabindex="-1">get() <a class="header-anchor" href="#get" aria-label="Permalink to &quot;get()&quot;">​</a></h3><blockquote><p><strong>get</strong>(<code>key</code>): <code>Promise</code>&lt;<code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>undefined</code>&gt;</p></blockquote><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h5><p><code>\`/\${string}\`</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt; | <code>undefined</code>&gt;</p><hr><h3 id="set" tabindex="-1">set() <a class="header-anchor" href="#set" aria-label="Permalink to &quot;set()&quot;">​</a></h3><blockquote><p><strong>set</strong>(<code>key</code>, <code>value</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><h4 id="parameters-1" tabindex="-1">Parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="key-1" tabindex="-1">key <a class="header-anchor" href="#key-1" aria-label="Permalink to &quot;key&quot;">​</a></h5><p><code>\`/\${string}\`</code></p><h5 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h5><p><code>Uint8Array</code></p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/AsyncZarrStore.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AsyncZarrStore = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AsyncZarrStore as default
};
