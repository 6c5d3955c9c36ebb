import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PUBLISHED_GAINS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/PUBLISHED_GAINS.md","filePath":"api/prfaas/variables/PUBLISHED_GAINS.md"}');
const _sfc_main = { name: "api/prfaas/variables/PUBLISHED_GAINS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PUBLISHED_GAINS</p><h1 id="variable-published-gains" tabindex="-1">Variable: PUBLISHED_GAINS <a class="header-anchor" href="#variable-published-gains" aria-label="Permalink to &quot;Variable: PUBLISHED\\_GAINS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PUBLISHED_GAINS</strong>: <code>object</code></p></blockquote><p>The published headline gains (arXiv:2604.15039 abstract): +54 % over homogeneous PD, +32 % over naive heterogeneous.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="overhomogeneouspd" tabindex="-1">overHomogeneousPd <a class="header-anchor" href="#overhomogeneouspd" aria-label="Permalink to &quot;overHomogeneousPd&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>overHomogeneousPd</strong>: <code>0.54</code> = <code>0.54</code></p></blockquote><h3 id="overnaiveheterogeneous" tabindex="-1">overNaiveHeterogeneous <a class="header-anchor" href="#overnaiveheterogeneous" aria-label="Permalink to &quot;overNaiveHeterogeneous&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>overNaiveHeterogeneous</strong>: <code>0.32</code> = <code>0.32</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/PUBLISHED_GAINS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PUBLISHED_GAINS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PUBLISHED_GAINS as default
};
