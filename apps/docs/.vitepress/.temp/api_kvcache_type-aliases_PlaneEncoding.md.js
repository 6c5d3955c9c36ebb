import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: PlaneEncoding","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/PlaneEncoding.md","filePath":"api/kvcache/type-aliases/PlaneEncoding.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/PlaneEncoding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / PlaneEncoding</p><h1 id="type-alias-planeencoding" tabindex="-1">Type Alias: PlaneEncoding <a class="header-anchor" href="#type-alias-planeencoding" aria-label="Permalink to &quot;Type Alias: PlaneEncoding&quot;">​</a></h1><blockquote><p><strong>PlaneEncoding</strong> = <a href="./../interfaces/RawEncoding"><code>RawEncoding</code></a> | <a href="./../interfaces/Fp8Encoding"><code>Fp8Encoding</code></a> | <a href="./../interfaces/IntGroupEncoding"><code>IntGroupEncoding</code></a></p></blockquote><p>How a plane&#39;s chunks are encoded.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/PlaneEncoding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PlaneEncoding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PlaneEncoding as default
};
