import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcErrorCode.md","filePath":"api/cryoet/type-aliases/MrcErrorCode.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcErrorCode</p><h1 id="type-alias-mrcerrorcode" tabindex="-1">Type Alias: MrcErrorCode <a class="header-anchor" href="#type-alias-mrcerrorcode" aria-label="Permalink to &quot;Type Alias: MrcErrorCode&quot;">​</a></h1><blockquote><p><strong>MrcErrorCode</strong> = <code>&quot;FILE_TOO_SHORT&quot;</code> | <code>&quot;NOT_MRC&quot;</code> | <code>&quot;UNKNOWN_BYTE_ORDER&quot;</code> | <code>&quot;UNKNOWN_MODE&quot;</code> | <code>&quot;INVALID_DIMENSIONS&quot;</code> | <code>&quot;INVALID_AXIS_MAPPING&quot;</code> | <code>&quot;FILE_SIZE_MISMATCH&quot;</code> | <code>&quot;INVALID_EXTENDED_HEADER&quot;</code> | <code>&quot;INVALID_VOLUME_STACK&quot;</code> | <code>&quot;DATA_TOO_LARGE&quot;</code> | <code>&quot;DECOMPRESSION_FAILED&quot;</code> | <code>&quot;INVALID_ARGUMENT&quot;</code> | <code>&quot;OUT_OF_RANGE&quot;</code> | <code>&quot;READ_FAILED&quot;</code> | <code>&quot;WRITE_FAILED&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/MrcError">MrcError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcErrorCode as default
};
