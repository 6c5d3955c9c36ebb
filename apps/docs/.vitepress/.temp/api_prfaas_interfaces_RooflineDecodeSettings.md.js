import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RooflineDecodeSettings","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/RooflineDecodeSettings.md","filePath":"api/prfaas/interfaces/RooflineDecodeSettings.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/RooflineDecodeSettings.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / RooflineDecodeSettings</p><h1 id="interface-rooflinedecodesettings" tabindex="-1">Interface: RooflineDecodeSettings <a class="header-anchor" href="#interface-rooflinedecodesettings" aria-label="Permalink to &quot;Interface: RooflineDecodeSettings&quot;">​</a></h1><p>Settings of the roofline decode model (<a href="./../functions/rooflineDecode">rooflineDecode</a>) for one instance at the mean input.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="activeparameters" tabindex="-1">activeParameters <a class="header-anchor" href="#activeparameters" aria-label="Permalink to &quot;activeParameters&quot;">​</a></h3><blockquote><p><strong>activeParameters</strong>: <code>number</code></p></blockquote><p>N_active, active parameters per token.</p><hr><h3 id="bandwidthefficiency" tabindex="-1">bandwidthEfficiency <a class="header-anchor" href="#bandwidthefficiency" aria-label="Permalink to &quot;bandwidthEfficiency&quot;">​</a></h3><blockquote><p><strong>bandwidthEfficiency</strong>: <code>number</code></p></blockquote><hr><h3 id="flopefficiency" tabindex="-1">flopEfficiency <a class="header-anchor" href="#flopefficiency" aria-label="Permalink to &quot;flopEfficiency&quot;">​</a></h3><blockquote><p><strong>flopEfficiency</strong>: <code>number</code></p></blockquote><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;roofline&quot;</code></p></blockquote><hr><h3 id="memoryutilization" tabindex="-1">memoryUtilization <a class="header-anchor" href="#memoryutilization" aria-label="Permalink to &quot;memoryUtilization&quot;">​</a></h3><blockquote><p><strong>memoryUtilization</strong>: <code>number</code></p></blockquote><hr><h3 id="weightbytes" tabindex="-1">weightBytes <a class="header-anchor" href="#weightbytes" aria-label="Permalink to &quot;weightBytes&quot;">​</a></h3><blockquote><p><strong>weightBytes</strong>: <code>number</code></p></blockquote><p>Weight bytes W on one instance.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/RooflineDecodeSettings.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RooflineDecodeSettings = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RooflineDecodeSettings as default
};
