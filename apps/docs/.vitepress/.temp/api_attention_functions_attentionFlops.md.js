import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: attentionFlops()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/attentionFlops.md","filePath":"api/attention/functions/attentionFlops.md"}');
const _sfc_main = { name: "api/attention/functions/attentionFlops.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / attentionFlops</p><h1 id="function-attentionflops" tabindex="-1">Function: attentionFlops() <a class="header-anchor" href="#function-attentionflops" aria-label="Permalink to &quot;Function: attentionFlops()&quot;">​</a></h1><blockquote><p><strong>attentionFlops</strong>(<code>attention</code>, <code>contextTokens</code>, <code>options?</code>): <code>number</code></p></blockquote><p>Returns the QKᵀ plus PV FLOPs of one decoded token in one layer at context S, at 2 FLOPs per multiply-accumulate: <code>4·n_q·d_h·S</code> for grouped attention and MFA, the chosen convention for MLA, and <code>10·n_h·d_k·d_v</code> for linear attention.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h3 id="contexttokens" tabindex="-1">contextTokens <a class="header-anchor" href="#contexttokens" aria-label="Permalink to &quot;contextTokens&quot;">​</a></h3><p><code>number</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/LayerCostOptions"><code>LayerCostOptions</code></a>, <code>&quot;mlaFlops&quot;</code> | <code>&quot;chunkedKeys&quot;</code>&gt; = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/attentionFlops.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attentionFlops = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attentionFlops as default
};
