import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: checkMask()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/checkMask.md","filePath":"api/attention/functions/checkMask.md"}');
const _sfc_main = { name: "api/attention/functions/checkMask.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / checkMask</p><h1 id="function-checkmask" tabindex="-1">Function: checkMask() <a class="header-anchor" href="#function-checkmask" aria-label="Permalink to &quot;Function: checkMask()&quot;">​</a></h1><blockquote><p><strong>checkMask</strong>(<code>mask</code>): <code>void</code></p></blockquote><p>Checks a mask&#39;s kind, fields and parameters, and throws an <code>INVALID_ARGUMENT</code> error naming the bad one, or <code>UNKNOWN_OPTION</code> for a field its kind does not take (a <code>window</code> on a causal mask would otherwise be ignored).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mask" tabindex="-1">mask <a class="header-anchor" href="#mask" aria-label="Permalink to &quot;mask&quot;">​</a></h3><p><a href="./../type-aliases/AttentionMask"><code>AttentionMask</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/checkMask.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const checkMask = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  checkMask as default
};
