import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runStandardResidual()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/runStandardResidual.md","filePath":"api/attention/functions/runStandardResidual.md"}');
const _sfc_main = { name: "api/attention/functions/runStandardResidual.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / runStandardResidual</p><h1 id="function-runstandardresidual" tabindex="-1">Function: runStandardResidual() <a class="header-anchor" href="#function-runstandardresidual" aria-label="Permalink to &quot;Function: runStandardResidual()&quot;">​</a></h1><blockquote><p><strong>runStandardResidual</strong>(<code>embedding</code>, <code>sublayer</code>, <code>layers</code>): <a href="./../interfaces/AttnResRun"><code>AttnResRun</code></a></p></blockquote><p>Runs the standard PreNorm residual network for comparison: <code>h_l = Σ_{i ≤ l} v_i</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="embedding" tabindex="-1">embedding <a class="header-anchor" href="#embedding" aria-label="Permalink to &quot;embedding&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="sublayer" tabindex="-1">sublayer <a class="header-anchor" href="#sublayer" aria-label="Permalink to &quot;sublayer&quot;">​</a></h3><p><a href="./../type-aliases/Sublayer"><code>Sublayer</code></a></p><h3 id="layers" tabindex="-1">layers <a class="header-anchor" href="#layers" aria-label="Permalink to &quot;layers&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AttnResRun"><code>AttnResRun</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/runStandardResidual.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runStandardResidual = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runStandardResidual as default
};
