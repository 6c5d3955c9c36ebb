import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SaturationResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SaturationResult.md","filePath":"api/prfaas/interfaces/SaturationResult.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SaturationResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SaturationResult</p><h1 id="interface-saturationresult" tabindex="-1">Interface: SaturationResult <a class="header-anchor" href="#interface-saturationresult" aria-label="Permalink to &quot;Interface: SaturationResult&quot;">​</a></h1><p>Result of <a href="./../functions/findSaturationRate">findSaturationRate</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="maxrequestspersecond" tabindex="-1">maxRequestsPerSecond <a class="header-anchor" href="#maxrequestspersecond" aria-label="Permalink to &quot;maxRequestsPerSecond&quot;">​</a></h3><blockquote><p><strong>maxRequestsPerSecond</strong>: <code>number</code></p></blockquote><p>Largest rate found stable, within <code>tolerance</code> of the smallest unstable one.</p><hr><h3 id="probes" tabindex="-1">probes <a class="header-anchor" href="#probes" aria-label="Permalink to &quot;probes&quot;">​</a></h3><blockquote><p><strong>probes</strong>: <a href="./SaturationProbe"><code>SaturationProbe</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SaturationResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SaturationResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SaturationResult as default
};
