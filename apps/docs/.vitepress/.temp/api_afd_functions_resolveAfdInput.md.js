import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolveAfdInput()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/resolveAfdInput.md","filePath":"api/afd/functions/resolveAfdInput.md"}');
const _sfc_main = { name: "api/afd/functions/resolveAfdInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / resolveAfdInput</p><h1 id="function-resolveafdinput" tabindex="-1">Function: resolveAfdInput() <a class="header-anchor" href="#function-resolveafdinput" aria-label="Permalink to &quot;Function: resolveAfdInput()&quot;">​</a></h1><blockquote><p><strong>resolveAfdInput</strong>(<code>input</code>): <a href="./../interfaces/ResolvedAfdInput"><code>ResolvedAfdInput</code></a></p></blockquote><p>Fills in defaults and checks every option, throwing <code>INVALID_OPTION</code> naming the first bad one.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/AfdPlanInput"><code>AfdPlanInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ResolvedAfdInput"><code>ResolvedAfdInput</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/resolveAfdInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolveAfdInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolveAfdInput as default
};
