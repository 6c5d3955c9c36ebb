import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_EFFICIENCY","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/DEFAULT_EFFICIENCY.md","filePath":"api/afd/variables/DEFAULT_EFFICIENCY.md"}');
const _sfc_main = { name: "api/afd/variables/DEFAULT_EFFICIENCY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / DEFAULT_EFFICIENCY</p><h1 id="variable-default-efficiency" tabindex="-1">Variable: DEFAULT_EFFICIENCY <a class="header-anchor" href="#variable-default-efficiency" aria-label="Permalink to &quot;Variable: DEFAULT\\_EFFICIENCY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_EFFICIENCY</strong>: <code>Readonly</code>&lt;<a href="./../interfaces/Efficiency"><code>Efficiency</code></a>&gt;</p></blockquote><p>Planner defaults. <code>nicEfficiency</code> is StepMesh&#39;s measured rate. <code>hbmEfficiency</code> 0.5 is the fraction the Step-3 report assumes for L20 weight streaming; using it for Hopper is a calibration choice. <code>flopEfficiency</code> 0.6 is a calibration choice that does not bind the Step-3 headline plan.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/DEFAULT_EFFICIENCY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_EFFICIENCY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_EFFICIENCY as default
};
