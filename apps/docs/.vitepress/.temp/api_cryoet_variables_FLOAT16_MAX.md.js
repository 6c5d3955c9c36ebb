import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FLOAT16_MAX","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/FLOAT16_MAX.md","filePath":"api/cryoet/variables/FLOAT16_MAX.md"}');
const _sfc_main = { name: "api/cryoet/variables/FLOAT16_MAX.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / FLOAT16_MAX</p><h1 id="variable-float16-max" tabindex="-1">Variable: FLOAT16_MAX <a class="header-anchor" href="#variable-float16-max" aria-label="Permalink to &quot;Variable: FLOAT16\\_MAX&quot;">​</a></h1><blockquote><p><code>const</code> <strong>FLOAT16_MAX</strong>: <code>65504</code> = <code>65504</code></p></blockquote><p>The largest finite binary16 value, (2 - 2⁻¹⁰) × 2¹⁵ (IEEE 754-2008, binary16).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/FLOAT16_MAX.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FLOAT16_MAX = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FLOAT16_MAX as default
};
