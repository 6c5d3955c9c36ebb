import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Slo","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/Slo.md","filePath":"api/prfaas/interfaces/Slo.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/Slo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / Slo</p><h1 id="interface-slo" tabindex="-1">Interface: Slo <a class="header-anchor" href="#interface-slo" aria-label="Permalink to &quot;Interface: Slo&quot;">​</a></h1><p>Service-level objectives for goodput; an absent field is not checked.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="e2ems" tabindex="-1">e2eMs? <a class="header-anchor" href="#e2ems" aria-label="Permalink to &quot;e2eMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>e2eMs?</strong>: <code>number</code></p></blockquote><hr><h3 id="tpotms" tabindex="-1">tpotMs? <a class="header-anchor" href="#tpotms" aria-label="Permalink to &quot;tpotMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>tpotMs?</strong>: <code>number</code></p></blockquote><hr><h3 id="ttftms" tabindex="-1">ttftMs? <a class="header-anchor" href="#ttftms" aria-label="Permalink to &quot;ttftMs?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>ttftMs?</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/Slo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Slo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Slo as default
};
