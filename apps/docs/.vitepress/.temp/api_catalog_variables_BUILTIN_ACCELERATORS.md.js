import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BUILTIN_ACCELERATORS","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/variables/BUILTIN_ACCELERATORS.md","filePath":"api/catalog/variables/BUILTIN_ACCELERATORS.md"}');
const _sfc_main = { name: "api/catalog/variables/BUILTIN_ACCELERATORS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / BUILTIN_ACCELERATORS</p><h1 id="variable-builtin-accelerators" tabindex="-1">Variable: BUILTIN_ACCELERATORS <a class="header-anchor" href="#variable-builtin-accelerators" aria-label="Permalink to &quot;Variable: BUILTIN\\_ACCELERATORS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BUILTIN_ACCELERATORS</strong>: readonly <a href="./../interfaces/AcceleratorDescriptor"><code>AcceleratorDescriptor</code></a>[]</p></blockquote><p>Built-in accelerators. Prices and the H800, H20, A800 and Ascend 910B figures are the Step-3 report&#39;s; the others are dense datasheet figures restated by third parties, and have no price. Frozen, since every caller shares them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/variables/BUILTIN_ACCELERATORS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BUILTIN_ACCELERATORS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BUILTIN_ACCELERATORS as default
};
