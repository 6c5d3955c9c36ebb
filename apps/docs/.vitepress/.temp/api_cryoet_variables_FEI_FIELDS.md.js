import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FEI_FIELDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/FEI_FIELDS.md","filePath":"api/cryoet/variables/FEI_FIELDS.md"}');
const _sfc_main = { name: "api/cryoet/variables/FEI_FIELDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / FEI_FIELDS</p><h1 id="variable-fei-fields" tabindex="-1">Variable: FEI_FIELDS <a class="header-anchor" href="#variable-fei-fields" aria-label="Permalink to &quot;Variable: FEI\\_FIELDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>FEI_FIELDS</strong>: readonly <a href="./../interfaces/FeiField"><code>FeiField</code></a>[]</p></blockquote><p>Every FEI2 field in block order. FEI1 blocks hold the fields whose offset is below 768.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/FEI_FIELDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FEI_FIELDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FEI_FIELDS as default
};
