import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: linearStateBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/linearStateBytes.md","filePath":"api/attention/functions/linearStateBytes.md"}');
const _sfc_main = { name: "api/attention/functions/linearStateBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / linearStateBytes</p><h1 id="function-linearstatebytes" tabindex="-1">Function: linearStateBytes() <a class="header-anchor" href="#function-linearstatebytes" aria-label="Permalink to &quot;Function: linearStateBytes()&quot;">​</a></h1><blockquote><p><strong>linearStateBytes</strong>(<code>attention</code>, <code>stateElementType?</code>, <code>includeShortConvState?</code>): <code>number</code></p></blockquote><p>Returns the fixed state bytes of a linear-attention layer, read and written once per decoded token: <code>2·n_h·d_k·d_v·b_state</code>, plus with <code>includeShortConvState</code> KDA&#39;s q, k and v convolution states, <code>2·(K − 1)·n_h·(2·d_k + d_v)·b_state</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h3 id="stateelementtype" tabindex="-1">stateElementType? <a class="header-anchor" href="#stateelementtype" aria-label="Permalink to &quot;stateElementType?&quot;">​</a></h3><p><a href="./../type-aliases/ElementType"><code>ElementType</code></a> = <code>&quot;fp32&quot;</code></p><h3 id="includeshortconvstate" tabindex="-1">includeShortConvState? <a class="header-anchor" href="#includeshortconvstate" aria-label="Permalink to &quot;includeShortConvState?&quot;">​</a></h3><p><code>boolean</code> = <code>false</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/linearStateBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const linearStateBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  linearStateBytes as default
};
