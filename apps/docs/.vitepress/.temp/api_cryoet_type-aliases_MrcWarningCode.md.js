import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcWarningCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcWarningCode.md","filePath":"api/cryoet/type-aliases/MrcWarningCode.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcWarningCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcWarningCode</p><h1 id="type-alias-mrcwarningcode" tabindex="-1">Type Alias: MrcWarningCode <a class="header-anchor" href="#type-alias-mrcwarningcode" aria-label="Permalink to &quot;Type Alias: MrcWarningCode&quot;">​</a></h1><blockquote><p><strong>MrcWarningCode</strong> = <code>&quot;NONSTANDARD_MAP_ID&quot;</code> | <code>&quot;UNKNOWN_MACHINE_STAMP&quot;</code> | <code>&quot;ZERO_DIMENSION&quot;</code> | <code>&quot;UNDEFINED_VOXEL_SIZE&quot;</code> | <code>&quot;FILE_TOO_LONG&quot;</code> | <code>&quot;MISSING_EXTTYP&quot;</code> | <code>&quot;INVALID_FEI_BLOCKS&quot;</code> | <code>&quot;INACCURATE_STATISTICS&quot;</code> | <code>&quot;INVALID_LABELS&quot;</code> | <code>&quot;UNKNOWN_VERSION&quot;</code> | <code>&quot;INVALID_SPACE_GROUP&quot;</code> | <code>&quot;NONSTANDARD_MODE&quot;</code> | <code>&quot;NONFINITE_DATA&quot;</code> | <code>&quot;EXTENDED_HEADER_DROPPED&quot;</code></p></blockquote><p>Codes of problems that are only ever warnings.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcWarningCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcWarningCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcWarningCode as default
};
