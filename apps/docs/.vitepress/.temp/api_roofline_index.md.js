import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/roofline","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/index.md","filePath":"api/roofline/index.md"}');
const _sfc_main = { name: "api/roofline/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><strong>@modelsys/roofline</strong></p><hr><h1 id="modelsys-roofline" tabindex="-1">@modelsys/roofline <a class="header-anchor" href="#modelsys-roofline" aria-label="Permalink to &quot;@modelsys/roofline&quot;">​</a></h1><h2 id="classes" tabindex="-1">Classes <a class="header-anchor" href="#classes" aria-label="Permalink to &quot;Classes&quot;">​</a></h2><ul><li><a href="./classes/RooflineError">RooflineError</a></li></ul><h2 id="interfaces" tabindex="-1">Interfaces <a class="header-anchor" href="#interfaces" aria-label="Permalink to &quot;Interfaces&quot;">​</a></h2><ul><li><a href="./interfaces/AcceleratorTokenCost">AcceleratorTokenCost</a></li><li><a href="./interfaces/AfdTokenCost">AfdTokenCost</a></li><li><a href="./interfaces/DecodeCostOptions">DecodeCostOptions</a></li><li><a href="./interfaces/LayerKindCost">LayerKindCost</a></li><li><a href="./interfaces/ModelDecodeCost">ModelDecodeCost</a></li><li><a href="./interfaces/UnitCosts">UnitCosts</a></li></ul><h2 id="type-aliases" tabindex="-1">Type Aliases <a class="header-anchor" href="#type-aliases" aria-label="Permalink to &quot;Type Aliases&quot;">​</a></h2><ul><li><a href="./type-aliases/AttentionBound">AttentionBound</a></li><li><a href="./type-aliases/RooflineErrorCode">RooflineErrorCode</a></li><li><a href="./type-aliases/RooflineMode">RooflineMode</a></li></ul><h2 id="functions" tabindex="-1">Functions <a class="header-anchor" href="#functions" aria-label="Permalink to &quot;Functions&quot;">​</a></h2><ul><li><a href="./functions/acceleratorTokenCost">acceleratorTokenCost</a></li><li><a href="./functions/afdTokenCost">afdTokenCost</a></li><li><a href="./functions/ffnFlopsPerToken">ffnFlopsPerToken</a></li><li><a href="./functions/isRooflineError">isRooflineError</a></li><li><a href="./functions/modelDecodeCost">modelDecodeCost</a></li><li><a href="./functions/unitCosts">unitCosts</a></li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
