import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SaturationProbe","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SaturationProbe.md","filePath":"api/prfaas/interfaces/SaturationProbe.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SaturationProbe.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SaturationProbe</p><h1 id="interface-saturationprobe" tabindex="-1">Interface: SaturationProbe <a class="header-anchor" href="#interface-saturationprobe" aria-label="Permalink to &quot;Interface: SaturationProbe&quot;">​</a></h1><p>One rate the bisection tried.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="firsthalfwaiting" tabindex="-1">firstHalfWaiting <a class="header-anchor" href="#firsthalfwaiting" aria-label="Permalink to &quot;firstHalfWaiting&quot;">​</a></h3><blockquote><p><strong>firstHalfWaiting</strong>: <code>number</code></p></blockquote><p>Time-averaged waiting requests over the first and second half of the arrivals.</p><hr><h3 id="ratepersecond" tabindex="-1">ratePerSecond <a class="header-anchor" href="#ratepersecond" aria-label="Permalink to &quot;ratePerSecond&quot;">​</a></h3><blockquote><p><strong>ratePerSecond</strong>: <code>number</code></p></blockquote><hr><h3 id="secondhalfwaiting" tabindex="-1">secondHalfWaiting <a class="header-anchor" href="#secondhalfwaiting" aria-label="Permalink to &quot;secondHalfWaiting&quot;">​</a></h3><blockquote><p><strong>secondHalfWaiting</strong>: <code>number</code></p></blockquote><hr><h3 id="stable" tabindex="-1">stable <a class="header-anchor" href="#stable" aria-label="Permalink to &quot;stable&quot;">​</a></h3><blockquote><p><strong>stable</strong>: <code>boolean</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SaturationProbe.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SaturationProbe = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SaturationProbe as default
};
