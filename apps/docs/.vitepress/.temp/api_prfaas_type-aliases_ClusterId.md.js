import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ClusterId","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/ClusterId.md","filePath":"api/prfaas/type-aliases/ClusterId.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/ClusterId.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ClusterId</p><h1 id="type-alias-clusterid" tabindex="-1">Type Alias: ClusterId <a class="header-anchor" href="#type-alias-clusterid" aria-label="Permalink to &quot;Type Alias: ClusterId&quot;">​</a></h1><blockquote><p><strong>ClusterId</strong> = <code>&quot;prfaas&quot;</code> | <code>&quot;pd&quot;</code></p></blockquote><p>The two clusters: the PrfaaS prefill cluster and the local PD cluster.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/ClusterId.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ClusterId = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ClusterId as default
};
