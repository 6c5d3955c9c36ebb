import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: nhdToHnd()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/nhdToHnd.md","filePath":"api/kvcache/functions/nhdToHnd.md"}');
const _sfc_main = { name: "api/kvcache/functions/nhdToHnd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / nhdToHnd</p><h1 id="function-nhdtohnd" tabindex="-1">Function: nhdToHnd() <a class="header-anchor" href="#function-nhdtohnd" aria-label="Permalink to &quot;Function: nhdToHnd()&quot;">​</a></h1><blockquote><p><strong>nhdToHnd</strong>&lt;<code>T</code>&gt;(<code>data</code>, <code>shape</code>): <code>T</code></p></blockquote><p>Converts vLLM&#39;s NHD order (<code>[tokens, heads, headDim]</code> per block) to HND (<code>[heads, tokens, headDim]</code> per block) and returns a new array of the same type. Element bits are copied unchanged.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="t" tabindex="-1">T <a class="header-anchor" href="#t" aria-label="Permalink to &quot;T&quot;">​</a></h3><p><code>T</code> <em>extends</em> <a href="./../type-aliases/ElementArray"><code>ElementArray</code></a></p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><code>T</code></p><h3 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h3><p><a href="./../interfaces/HeadLayoutShape"><code>HeadLayoutShape</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>T</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/nhdToHnd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const nhdToHnd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  nhdToHnd as default
};
