import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: planColocatedBaseline()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/planColocatedBaseline.md","filePath":"api/afd/functions/planColocatedBaseline.md"}');
const _sfc_main = { name: "api/afd/functions/planColocatedBaseline.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / planColocatedBaseline</p><h1 id="function-plancolocatedbaseline" tabindex="-1">Function: planColocatedBaseline() <a class="header-anchor" href="#function-plancolocatedbaseline" aria-label="Permalink to &quot;Function: planColocatedBaseline()&quot;">​</a></h1><blockquote><p><strong>planColocatedBaseline</strong>(<code>baseline</code>): <a href="./../interfaces/ColocatedBaseline"><code>ColocatedBaseline</code></a></p></blockquote><p>Models co-located decode with data-parallel attention and expert parallelism, two micro-batches overlapped: per layer <code>T = 2·max(T_attn(b/2) + T_experts(b/2), T_a2a(b/2))</code> and <code>TPOT = Σ layers T</code>. Each GPU holds <code>E / N</code> routed experts plus the shared experts and dense layers. The all-to-all sends each token to its <code>top_k</code> experts in FP8 (<code>top_k·H</code> bytes) and back in BF16 (<code>2·top_k·H</code>) over the GPU&#39;s share of the server NICs. This is a planning model, not a measurement: its gap to a published figure is reported, not tuned away.</p><p>NOTE: an odd <code>b</code> is split into two micro-batches of <code>b/2</code> sequences, as the formula reads. Whole micro-batches of <code>⌈b/2⌉</code> and <code>⌊b/2⌋</code> give the same TPOT while the all-to-all binds, because its time is linear in tokens. Where compute binds, whole micro-batches are at most as slow, because each compute term is linear or concave in tokens.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="baseline" tabindex="-1">baseline <a class="header-anchor" href="#baseline" aria-label="Permalink to &quot;baseline&quot;">​</a></h3><p><a href="./../interfaces/ColocatedBaselineInput"><code>ColocatedBaselineInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ColocatedBaseline"><code>ColocatedBaseline</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/planColocatedBaseline.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const planColocatedBaseline = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  planColocatedBaseline as default
};
