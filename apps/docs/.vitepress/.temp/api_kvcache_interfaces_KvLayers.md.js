import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvLayers<T>","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/KvLayers.md","filePath":"api/kvcache/interfaces/KvLayers.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/KvLayers.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / KvLayers</p><h1 id="interface-kvlayers-t" tabindex="-1">Interface: KvLayers&lt;T&gt; <a class="header-anchor" href="#interface-kvlayers-t" aria-label="Permalink to &quot;Interface: KvLayers\\&lt;T\\&gt;&quot;">​</a></h1><p>The per-layer K and V arrays of a <code>KV_2LTD</code> tensor, each <code>[tokens, hidden]</code>.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./../type-aliases/ElementArray"><code>ElementArray</code></a></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="keys" tabindex="-1">keys <a class="header-anchor" href="#keys" aria-label="Permalink to &quot;keys&quot;">​</a></h3><blockquote><p><strong>keys</strong>: <code>T</code>[]</p></blockquote><hr><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><blockquote><p><strong>values</strong>: <code>T</code>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/KvLayers.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvLayers = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvLayers as default
};
