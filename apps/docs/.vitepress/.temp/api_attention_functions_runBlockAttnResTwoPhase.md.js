import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runBlockAttnResTwoPhase()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/runBlockAttnResTwoPhase.md","filePath":"api/attention/functions/runBlockAttnResTwoPhase.md"}');
const _sfc_main = { name: "api/attention/functions/runBlockAttnResTwoPhase.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / runBlockAttnResTwoPhase</p><h1 id="function-runblockattnrestwophase" tabindex="-1">Function: runBlockAttnResTwoPhase() <a class="header-anchor" href="#function-runblockattnrestwophase" aria-label="Permalink to &quot;Function: runBlockAttnResTwoPhase()&quot;">​</a></h1><blockquote><p><strong>runBlockAttnResTwoPhase</strong>(<code>embedding</code>, <code>sublayer</code>, <code>parameters</code>, <code>options</code>): <a href="./../interfaces/AttnResRun"><code>AttnResRun</code></a></p></blockquote><p>Runs Block AttnRes in two phases. Phase 1, when block <code>n</code> starts, scores the summaries <code>B_0 … B_n</code> once for all <code>S</code> sublayers of the block and keeps an online-softmax state per sublayer. Phase 2 runs the sublayers in order, merging only the partial-sum term into each state. Equal to <a href="./runBlockAttnRes">runBlockAttnRes</a> up to rounding, because softmax states over disjoint source sets merge exactly.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="embedding" tabindex="-1">embedding <a class="header-anchor" href="#embedding" aria-label="Permalink to &quot;embedding&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="sublayer" tabindex="-1">sublayer <a class="header-anchor" href="#sublayer" aria-label="Permalink to &quot;sublayer&quot;">​</a></h3><p><a href="./../type-aliases/Sublayer"><code>Sublayer</code></a></p><h3 id="parameters-1" tabindex="-1">parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;parameters&quot;">​</a></h3><p><a href="./../interfaces/AttnResParameters"><code>AttnResParameters</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/BlockAttnResOptions"><code>BlockAttnResOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AttnResRun"><code>AttnResRun</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/runBlockAttnResTwoPhase.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runBlockAttnResTwoPhase = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runBlockAttnResTwoPhase as default
};
