import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: UnitCosts","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/interfaces/UnitCosts.md","filePath":"api/roofline/interfaces/UnitCosts.md"}');
const _sfc_main = { name: "api/roofline/interfaces/UnitCosts.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / UnitCosts</p><h1 id="interface-unitcosts" tabindex="-1">Interface: UnitCosts <a class="header-anchor" href="#interface-unitcosts" aria-label="Permalink to &quot;Interface: UnitCosts&quot;">​</a></h1><p>What one FLOP and one byte of HBM traffic cost on an accelerator at 100 % of its peaks.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="usdperbyte" tabindex="-1">usdPerByte <a class="header-anchor" href="#usdperbyte" aria-label="Permalink to &quot;usdPerByte&quot;">​</a></h3><blockquote><p><strong>usdPerByte</strong>: <code>number</code></p></blockquote><hr><h3 id="usdperflop" tabindex="-1">usdPerFlop <a class="header-anchor" href="#usdperflop" aria-label="Permalink to &quot;usdPerFlop&quot;">​</a></h3><blockquote><p><strong>usdPerFlop</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/interfaces/UnitCosts.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const UnitCosts = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  UnitCosts as default
};
