import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: attnResMix()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/attnResMix.md","filePath":"api/attention/functions/attnResMix.md"}');
const _sfc_main = { name: "api/attention/functions/attnResMix.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / attnResMix</p><h1 id="function-attnresmix" tabindex="-1">Function: attnResMix() <a class="header-anchor" href="#function-attnresmix" aria-label="Permalink to &quot;Function: attnResMix()&quot;">​</a></h1><blockquote><p><strong>attnResMix</strong>(<code>sources</code>, <code>parameters</code>, <code>layer</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Mixes <code>sources</code> (each <code>[T, d]</code>) for sublayer <code>layer</code>: <code>h = Σ_i α_i·v_i</code> with <code>α = softmax_i(w_l · RMSNorm(v_i; g_l, eps))</code>, a softmax over depth with one head. <code>layer</code> indexes the rows of the parameters, whose width must be <code>d</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="sources" tabindex="-1">sources <a class="header-anchor" href="#sources" aria-label="Permalink to &quot;sources&quot;">​</a></h3><p>readonly <a href="./../interfaces/Tensor"><code>Tensor</code></a>[]</p><h3 id="parameters-1" tabindex="-1">parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;parameters&quot;">​</a></h3><p><a href="./../interfaces/AttnResParameters"><code>AttnResParameters</code></a></p><h3 id="layer" tabindex="-1">layer <a class="header-anchor" href="#layer" aria-label="Permalink to &quot;layer&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/attnResMix.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attnResMix = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attnResMix as default
};
