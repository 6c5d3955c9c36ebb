import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: homogeneousPdPolicy()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/homogeneousPdPolicy.md","filePath":"api/prfaas/functions/homogeneousPdPolicy.md"}');
const _sfc_main = { name: "api/prfaas/functions/homogeneousPdPolicy.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / homogeneousPdPolicy</p><h1 id="function-homogeneouspdpolicy" tabindex="-1">Function: homogeneousPdPolicy() <a class="header-anchor" href="#function-homogeneouspdpolicy" aria-label="Permalink to &quot;Function: homogeneousPdPolicy()&quot;">​</a></h1><blockquote><p><strong>homogeneousPdPolicy</strong>(): <a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></blockquote><p>Homogeneous PD: every request prefills on PD-P (earliest free instance) and decodes locally.</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RoutingPolicy"><code>RoutingPolicy</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/homogeneousPdPolicy.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const homogeneousPdPolicy = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  homogeneousPdPolicy as default
};
