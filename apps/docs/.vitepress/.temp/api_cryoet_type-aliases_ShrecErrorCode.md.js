import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ShrecErrorCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/ShrecErrorCode.md","filePath":"api/cryoet/type-aliases/ShrecErrorCode.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/ShrecErrorCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ShrecErrorCode</p><h1 id="type-alias-shrecerrorcode" tabindex="-1">Type Alias: ShrecErrorCode <a class="header-anchor" href="#type-alias-shrecerrorcode" aria-label="Permalink to &quot;Type Alias: ShrecErrorCode&quot;">​</a></h1><blockquote><p><strong>ShrecErrorCode</strong> = <code>&quot;INVALID_PARTICLE_LINE&quot;</code> | <code>&quot;UNKNOWN_CLASS&quot;</code> | <code>&quot;MISSING_COLUMN&quot;</code> | <code>&quot;INVALID_STAR&quot;</code> | <code>&quot;INVALID_OCCUPANCY&quot;</code> | <code>&quot;INVALID_ARGUMENT&quot;</code></p></blockquote><p>Stable codes of <a href="./../classes/ShrecError">ShrecError</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/ShrecErrorCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ShrecErrorCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ShrecErrorCode as default
};
