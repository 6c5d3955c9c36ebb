import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: familyCacheElementType()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/familyCacheElementType.md","filePath":"api/catalog/functions/familyCacheElementType.md"}');
const _sfc_main = { name: "api/catalog/functions/familyCacheElementType.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / familyCacheElementType</p><h1 id="function-familycacheelementtype" tabindex="-1">Function: familyCacheElementType() <a class="header-anchor" href="#function-familycacheelementtype" aria-label="Permalink to &quot;Function: familyCacheElementType()&quot;">​</a></h1><blockquote><p><strong>familyCacheElementType</strong>(<code>family</code>, <code>attention</code>): <code>ElementType</code></p></blockquote><p>Returns the element type a family stores a layer&#39;s KV cache (or linear-attention state) in, per the Step-3 report&#39;s quantisation assumptions (arXiv 2507.19427): FP8 for Step-3, the MLA and the GQA families; Llama 4 keeps global layers in BF16; MiniMax-M1 keeps softmax layers in BF16 and lightning state in FP32. Step-3.5-Flash and Kimi Linear are not in the report: FP8 KV and FP32 state (as the <code>fla</code> KDA kernels keep it) are defaults, not published figures.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="family" tabindex="-1">family <a class="header-anchor" href="#family" aria-label="Permalink to &quot;family&quot;">​</a></h3><p><a href="./../type-aliases/ModelFamily"><code>ModelFamily</code></a></p><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><code>AttentionKind</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>ElementType</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/familyCacheElementType.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const familyCacheElementType = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  familyCacheElementType as default
};
