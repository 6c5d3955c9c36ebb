import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvStorage","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/KvStorage.md","filePath":"api/prfaas/interfaces/KvStorage.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/KvStorage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / KvStorage</p><h1 id="interface-kvstorage" tabindex="-1">Interface: KvStorage <a class="header-anchor" href="#interface-kvstorage" aria-label="Permalink to &quot;Interface: KvStorage&quot;">​</a></h1><p>The storage of the cache: the element types of KV and linear state, before any framing.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./RooflinePrefillOptions"><code>RooflinePrefillOptions</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cacheelementtype" tabindex="-1">cacheElementType? <a class="header-anchor" href="#cacheelementtype" aria-label="Permalink to &quot;cacheElementType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cacheElementType?</strong>: <code>ElementType</code></p></blockquote><p>Element type of every softmax layer&#39;s KV cache (default: each layer&#39;s catalog type).</p><hr><h3 id="includeshortconvstate" tabindex="-1">includeShortConvState? <a class="header-anchor" href="#includeshortconvstate" aria-label="Permalink to &quot;includeShortConvState?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>includeShortConvState?</strong>: <code>boolean</code></p></blockquote><p>Add KDA&#39;s short-convolution states to the fixed state (default false).</p><hr><h3 id="stateelementtype" tabindex="-1">stateElementType? <a class="header-anchor" href="#stateelementtype" aria-label="Permalink to &quot;stateElementType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stateElementType?</strong>: <code>ElementType</code></p></blockquote><p>Element type of linear-attention states (default: each layer&#39;s catalog type).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/KvStorage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvStorage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvStorage as default
};
