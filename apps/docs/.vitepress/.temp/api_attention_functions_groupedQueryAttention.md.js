import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: groupedQueryAttention()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/groupedQueryAttention.md","filePath":"api/attention/functions/groupedQueryAttention.md"}');
const _sfc_main = { name: "api/attention/functions/groupedQueryAttention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / groupedQueryAttention</p><h1 id="function-groupedqueryattention" tabindex="-1">Function: groupedQueryAttention() <a class="header-anchor" href="#function-groupedqueryattention" aria-label="Permalink to &quot;Function: groupedQueryAttention()&quot;">​</a></h1><blockquote><p><strong>groupedQueryAttention</strong>(<code>spec</code>): <a href="./../interfaces/GroupedQueryAttention"><code>GroupedQueryAttention</code></a></p></blockquote><p>Creates a checked <a href="./../interfaces/GroupedQueryAttention">GroupedQueryAttention</a> (MHA, GQA or MQA).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><p><code>Omit</code>&lt;<a href="./../interfaces/GroupedQueryAttention"><code>GroupedQueryAttention</code></a>, <code>&quot;kind&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/GroupedQueryAttention"><code>GroupedQueryAttention</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/groupedQueryAttention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const groupedQueryAttention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  groupedQueryAttention as default
};
