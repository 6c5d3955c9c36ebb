import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DecodeCapacity","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/DecodeCapacity.md","filePath":"api/prfaas/interfaces/DecodeCapacity.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/DecodeCapacity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / DecodeCapacity</p><h1 id="interface-decodecapacity" tabindex="-1">Interface: DecodeCapacity <a class="header-anchor" href="#interface-decodecapacity" aria-label="Permalink to &quot;Interface: DecodeCapacity&quot;">​</a></h1><p>Decode capacity of one PD-D instance: slots and a constant step time.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./RooflineDecode"><code>RooflineDecode</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bsmax" tabindex="-1">bsMax <a class="header-anchor" href="#bsmax" aria-label="Permalink to &quot;bsMax&quot;">​</a></h3><blockquote><p><strong>bsMax</strong>: <code>number</code></p></blockquote><p>Maximum decode batch BS_max (requests in flight per instance).</p><hr><h3 id="steptimes" tabindex="-1">stepTimeS <a class="header-anchor" href="#steptimes" aria-label="Permalink to &quot;stepTimeS&quot;">​</a></h3><blockquote><p><strong>stepTimeS</strong>: <code>number</code></p></blockquote><p>Time of one decode step in seconds, T_decode.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/DecodeCapacity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DecodeCapacity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DecodeCapacity as default
};
