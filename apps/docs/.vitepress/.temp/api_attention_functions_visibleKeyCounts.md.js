import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: visibleKeyCounts()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/visibleKeyCounts.md","filePath":"api/attention/functions/visibleKeyCounts.md"}');
const _sfc_main = { name: "api/attention/functions/visibleKeyCounts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / visibleKeyCounts</p><h1 id="function-visiblekeycounts" tabindex="-1">Function: visibleKeyCounts() <a class="header-anchor" href="#function-visiblekeycounts" aria-label="Permalink to &quot;Function: visibleKeyCounts()&quot;">​</a></h1><blockquote><p><strong>visibleKeyCounts</strong>(<code>queryRows</code>, <code>keyRows</code>, <code>options?</code>): <code>Int32Array</code></p></blockquote><p>Counts the keys visible to each query row under <code>options</code> (for window and chunk checks).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="queryrows" tabindex="-1">queryRows <a class="header-anchor" href="#queryrows" aria-label="Permalink to &quot;queryRows&quot;">​</a></h3><p><code>number</code></p><h3 id="keyrows" tabindex="-1">keyRows <a class="header-anchor" href="#keyrows" aria-label="Permalink to &quot;keyRows&quot;">​</a></h3><p><code>number</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><code>Omit</code>&lt;<a href="./../interfaces/AttentionOptions"><code>AttentionOptions</code></a>, <code>&quot;scale&quot;</code> | <code>&quot;sinkLogits&quot;</code> | <code>&quot;checkFinite&quot;</code>&gt; = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Int32Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/visibleKeyCounts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const visibleKeyCounts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  visibleKeyCounts as default
};
