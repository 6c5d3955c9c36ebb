import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: packKv2ltd()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/packKv2ltd.md","filePath":"api/kvcache/functions/packKv2ltd.md"}');
const _sfc_main = { name: "api/kvcache/functions/packKv2ltd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / packKv2ltd</p><h1 id="function-packkv2ltd" tabindex="-1">Function: packKv2ltd() <a class="header-anchor" href="#function-packkv2ltd" aria-label="Permalink to &quot;Function: packKv2ltd()&quot;">​</a></h1><blockquote><p><strong>packKv2ltd</strong>&lt;<code>T</code>&gt;(<code>keys</code>, <code>values</code>, <code>shape</code>): <code>T</code></p></blockquote><p>Packs per-layer K and V arrays (each <code>[tokens, hidden]</code>, the NHD chunk of a token plane with heads and head size flattened) into one LMCache <code>KV_2LTD</code> tensor <code>[2, layers, tokens, hidden]</code>. All arrays must have the same type, which the result keeps.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./../type-aliases/ElementArray"><code>ElementArray</code></a></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="keys" tabindex="-1">keys <a class="header-anchor" href="#keys" aria-label="Permalink to &quot;keys&quot;">​</a></h3><p>readonly <code>T</code>[]</p><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><p>readonly <code>T</code>[]</p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p><a href="./../interfaces/Kv2ltdShape"><code>Kv2ltdShape</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/packKv2ltd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const packKv2ltd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  packKv2ltd as default
};
