import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvCacheLayout","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/KvCacheLayout.md","filePath":"api/attention/interfaces/KvCacheLayout.md"}');
const _sfc_main = { name: "api/attention/interfaces/KvCacheLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / KvCacheLayout</p><h1 id="interface-kvcachelayout" tabindex="-1">Interface: KvCacheLayout <a class="header-anchor" href="#interface-kvcachelayout" aria-label="Permalink to &quot;Interface: KvCacheLayout&quot;">​</a></h1><p>Per-token widths of a KV cache: <code>kvHeads</code> heads of <code>headDim</code> key and <code>valueDim</code> value channels.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="headdim" tabindex="-1">headDim <a class="header-anchor" href="#headdim" aria-label="Permalink to &quot;headDim&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>headDim</strong>: <code>number</code></p></blockquote><hr><h3 id="kvheads" tabindex="-1">kvHeads <a class="header-anchor" href="#kvheads" aria-label="Permalink to &quot;kvHeads&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kvHeads</strong>: <code>number</code></p></blockquote><hr><h3 id="valuedim" tabindex="-1">valueDim? <a class="header-anchor" href="#valuedim" aria-label="Permalink to &quot;valueDim?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>valueDim?</strong>: <code>number</code></p></blockquote><p>Defaults to <code>headDim</code>; MLA&#39;s absorbed form and MFA-KR differ.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/KvCacheLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvCacheLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvCacheLayout as default
};
