import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Fp8Format","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/Fp8Format.md","filePath":"api/kvcache/type-aliases/Fp8Format.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/Fp8Format.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / Fp8Format</p><h1 id="type-alias-fp8format" tabindex="-1">Type Alias: Fp8Format <a class="header-anchor" href="#type-alias-fp8format" aria-label="Permalink to &quot;Type Alias: Fp8Format&quot;">​</a></h1><blockquote><p><strong>Fp8Format</strong> = <code>&quot;e4m3fn&quot;</code> | <code>&quot;e5m2&quot;</code> | <code>&quot;e4m3fnuz&quot;</code></p></blockquote><p>The three FP8 formats. E4M3FN and E4M3FNUZ are always named apart, never as a bare &quot;e4m3&quot;.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/Fp8Format.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Fp8Format = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Fp8Format as default
};
