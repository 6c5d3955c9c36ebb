import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isKeyVisible()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/isKeyVisible.md","filePath":"api/attention/functions/isKeyVisible.md"}');
const _sfc_main = { name: "api/attention/functions/isKeyVisible.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / isKeyVisible</p><h1 id="function-iskeyvisible" tabindex="-1">Function: isKeyVisible() <a class="header-anchor" href="#function-iskeyvisible" aria-label="Permalink to &quot;Function: isKeyVisible()&quot;">​</a></h1><blockquote><p><strong>isKeyVisible</strong>(<code>mask</code>, <code>queryPosition</code>, <code>keyPosition</code>): <code>boolean</code></p></blockquote><p>Returns true when the key at position <code>keyPosition</code> is visible to the query at <code>queryPosition</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mask" tabindex="-1">mask <a class="header-anchor" href="#mask" aria-label="Permalink to &quot;mask&quot;">​</a></h3><p><a href="./../type-aliases/AttentionMask"><code>AttentionMask</code></a></p><h3 id="queryposition" tabindex="-1">queryPosition <a class="header-anchor" href="#queryposition" aria-label="Permalink to &quot;queryPosition&quot;">​</a></h3><p><code>number</code></p><h3 id="keyposition" tabindex="-1">keyPosition <a class="header-anchor" href="#keyposition" aria-label="Permalink to &quot;keyPosition&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/isKeyVisible.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isKeyVisible = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isKeyVisible as default
};
