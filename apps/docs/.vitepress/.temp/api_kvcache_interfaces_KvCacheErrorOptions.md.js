import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvCacheErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/KvCacheErrorOptions.md","filePath":"api/kvcache/interfaces/KvCacheErrorOptions.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/KvCacheErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / KvCacheErrorOptions</p><h1 id="interface-kvcacheerroroptions" tabindex="-1">Interface: KvCacheErrorOptions <a class="header-anchor" href="#interface-kvcacheerroroptions" aria-label="Permalink to &quot;Interface: KvCacheErrorOptions&quot;">​</a></h1><p>Options of <a href="./../classes/KvCacheError">KvCacheError</a>: the field and value at fault, and the cause.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cause?</strong>: <code>unknown</code></p></blockquote><hr><h3 id="chunkindex" tabindex="-1">chunkIndex? <a class="header-anchor" href="#chunkindex" aria-label="Permalink to &quot;chunkIndex?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>chunkIndex?</strong>: <code>number</code></p></blockquote><p>Index of the chunk at fault in the frame&#39;s chunk index, when one is.</p><hr><h3 id="field" tabindex="-1">field? <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>field?</strong>: <code>string</code></p></blockquote><hr><h3 id="value" tabindex="-1">value? <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>value?</strong>: <code>unknown</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/KvCacheErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvCacheErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvCacheErrorOptions as default
};
