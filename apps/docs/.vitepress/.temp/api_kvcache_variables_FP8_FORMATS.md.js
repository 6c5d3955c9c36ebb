import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FP8_FORMATS","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/variables/FP8_FORMATS.md","filePath":"api/kvcache/variables/FP8_FORMATS.md"}');
const _sfc_main = { name: "api/kvcache/variables/FP8_FORMATS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / FP8_FORMATS</p><h1 id="variable-fp8-formats" tabindex="-1">Variable: FP8_FORMATS <a class="header-anchor" href="#variable-fp8-formats" aria-label="Permalink to &quot;Variable: FP8\\_FORMATS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>FP8_FORMATS</strong>: readonly <a href="./../type-aliases/Fp8Format"><code>Fp8Format</code></a>[]</p></blockquote><p>Every <a href="./../type-aliases/Fp8Format">Fp8Format</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/variables/FP8_FORMATS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FP8_FORMATS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FP8_FORMATS as default
};
