import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvCache","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/KvCache.md","filePath":"api/attention/interfaces/KvCache.md"}');
const _sfc_main = { name: "api/attention/interfaces/KvCache.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / KvCache</p><h1 id="interface-kvcache" tabindex="-1">Interface: KvCache <a class="header-anchor" href="#interface-kvcache" aria-label="Permalink to &quot;Interface: KvCache&quot;">​</a></h1><p>Common interface of <a href="./../classes/GrowingKvCache">GrowingKvCache</a> and <a href="./../classes/RingKvCache">RingKvCache</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="length" tabindex="-1">length <a class="header-anchor" href="#length" aria-label="Permalink to &quot;length&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>length</strong>: <code>number</code></p></blockquote><p>Number of tokens appended so far, which is also the next token&#39;s position.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="append" tabindex="-1">append() <a class="header-anchor" href="#append" aria-label="Permalink to &quot;append()&quot;">​</a></h3><blockquote><p><strong>append</strong>(<code>key</code>, <code>value</code>): <code>void</code></p></blockquote><p>Appends <code>key</code> <code>[t, H_kv, d]</code> and <code>value</code> <code>[t, H_kv, d_v]</code> at positions <code>length … length + t − 1</code>.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h5><p><a href="./Tensor"><code>Tensor</code></a></p><h5 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h5><p><a href="./Tensor"><code>Tensor</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p><hr><h3 id="view" tabindex="-1">view() <a class="header-anchor" href="#view" aria-label="Permalink to &quot;view()&quot;">​</a></h3><blockquote><p><strong>view</strong>(): <a href="./KvCacheView"><code>KvCacheView</code></a></p></blockquote><p>Returns the tokens a query may read, with their positions.</p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><a href="./KvCacheView"><code>KvCacheView</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/KvCache.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvCache = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvCache as default
};
