import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Efficiency","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/Efficiency.md","filePath":"api/afd/interfaces/Efficiency.md"}');
const _sfc_main = { name: "api/afd/interfaces/Efficiency.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / Efficiency</p><h1 id="interface-efficiency" tabindex="-1">Interface: Efficiency <a class="header-anchor" href="#interface-efficiency" aria-label="Permalink to &quot;Interface: Efficiency&quot;">​</a></h1><p>Achievable fractions of the per-card peaks. The cost model keeps all three at 1.0, as the Step-3 report does; the planner needs realistic rates to size batches.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="flopefficiency" tabindex="-1">flopEfficiency <a class="header-anchor" href="#flopefficiency" aria-label="Permalink to &quot;flopEfficiency&quot;">​</a></h3><blockquote><p><strong>flopEfficiency</strong>: <code>number</code></p></blockquote><p>Fraction of peak FLOP/s.</p><hr><h3 id="hbmefficiency" tabindex="-1">hbmEfficiency <a class="header-anchor" href="#hbmefficiency" aria-label="Permalink to &quot;hbmEfficiency&quot;">​</a></h3><blockquote><p><strong>hbmEfficiency</strong>: <code>number</code></p></blockquote><p>Fraction of HBM bandwidth.</p><hr><h3 id="nicefficiency" tabindex="-1">nicEfficiency <a class="header-anchor" href="#nicefficiency" aria-label="Permalink to &quot;nicEfficiency&quot;">​</a></h3><blockquote><p><strong>nicEfficiency</strong>: <code>number</code></p></blockquote><p>Fraction of each NIC&#39;s line rate.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/Efficiency.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Efficiency = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Efficiency as default
};
