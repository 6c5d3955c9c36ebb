import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: BUILTIN_MODELS","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/variables/BUILTIN_MODELS.md","filePath":"api/catalog/variables/BUILTIN_MODELS.md"}');
const _sfc_main = { name: "api/catalog/variables/BUILTIN_MODELS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / BUILTIN_MODELS</p><h1 id="variable-builtin-models" tabindex="-1">Variable: BUILTIN_MODELS <a class="header-anchor" href="#variable-builtin-models" aria-label="Permalink to &quot;Variable: BUILTIN\\_MODELS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>BUILTIN_MODELS</strong>: readonly <a href="./../interfaces/ModelDescriptor"><code>ModelDescriptor</code></a>[]</p></blockquote><p>Built-in models, validated once at load and frozen, since every caller shares them. The first nine are the Step-3 report&#39;s cost-table models.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/variables/BUILTIN_MODELS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BUILTIN_MODELS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BUILTIN_MODELS as default
};
