import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: StateSnapshots","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/StateSnapshots.md","filePath":"api/prfaas/type-aliases/StateSnapshots.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/StateSnapshots.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / StateSnapshots</p><h1 id="type-alias-statesnapshots" tabindex="-1">Type Alias: StateSnapshots <a class="header-anchor" href="#type-alias-statesnapshots" aria-label="Permalink to &quot;Type Alias: StateSnapshots&quot;">​</a></h1><blockquote><p><strong>StateSnapshots</strong> = <code>&quot;request-end&quot;</code> | <code>&quot;every-block&quot;</code> | <code>&quot;ignore&quot;</code></p></blockquote><p>Where a hybrid model keeps linear-attention or SWA state snapshots, which decide whether a prefix hit of k blocks is usable: <code>request-end</code> keeps one at the last full block of each cached request, <code>every-block</code> at every block, and <code>ignore</code> treats the model as full attention (optimistic). arXiv:2604.15039 does not say which positions its cache keeps.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/StateSnapshots.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StateSnapshots = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StateSnapshots as default
};
