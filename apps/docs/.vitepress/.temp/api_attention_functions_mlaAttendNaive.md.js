import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mlaAttendNaive()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/mlaAttendNaive.md","filePath":"api/attention/functions/mlaAttendNaive.md"}');
const _sfc_main = { name: "api/attention/functions/mlaAttendNaive.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / mlaAttendNaive</p><h1 id="function-mlaattendnaive" tabindex="-1">Function: mlaAttendNaive() <a class="header-anchor" href="#function-mlaattendnaive" aria-label="Permalink to &quot;Function: mlaAttendNaive()&quot;">​</a></h1><blockquote><p><strong>mlaAttendNaive</strong>(<code>projection</code>, <code>cacheRows</code>, <code>weights</code>, <code>options</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Attends MLA queries to cache rows in the naive form, which suits prefill: it expands each head&#39;s keys <code>k_nope = W_UK,h·c_kv</code> and values <code>v = W_UV,h·c_kv</code>, then runs standard attention with <code>H</code> KV heads. Returns <code>[T_q, d_model]</code> after <code>W_O</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="projection" tabindex="-1">projection <a class="header-anchor" href="#projection" aria-label="Permalink to &quot;projection&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/MlaProjection"><code>MlaProjection</code></a>, <code>&quot;queryNope&quot;</code> | <code>&quot;queryPe&quot;</code>&gt;</p><h3 id="cacherows" tabindex="-1">cacheRows <a class="header-anchor" href="#cacherows" aria-label="Permalink to &quot;cacheRows&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><p><a href="./../interfaces/MlaWeights"><code>MlaWeights</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/MlaAttendOptions"><code>MlaAttendOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/mlaAttendNaive.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mlaAttendNaive = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mlaAttendNaive as default
};
