import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: acceleratorDescriptorSchema","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/variables/acceleratorDescriptorSchema.md","filePath":"api/catalog/variables/acceleratorDescriptorSchema.md"}');
const _sfc_main = { name: "api/catalog/variables/acceleratorDescriptorSchema.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / acceleratorDescriptorSchema</p><h1 id="variable-acceleratordescriptorschema" tabindex="-1">Variable: acceleratorDescriptorSchema <a class="header-anchor" href="#variable-acceleratordescriptorschema" aria-label="Permalink to &quot;Variable: acceleratorDescriptorSchema&quot;">​</a></h1><blockquote><p><code>const</code> <strong>acceleratorDescriptorSchema</strong>: <code>ZodObject</code>&lt;{ <code>cardsPerServer</code>: <code>ZodNumber</code>; <code>hbmBandwidthBytesPerSecond</code>: <code>ZodNumber</code>; <code>hbmCapacityBytes</code>: <code>ZodNumber</code>; <code>id</code>: <code>ZodString</code>; <code>name</code>: <code>ZodString</code>; <code>nicBandwidthGbps</code>: <code>ZodNumber</code>; <code>nicsPerServer</code>: <code>ZodNumber</code>; <code>notes</code>: <code>ZodArray</code>&lt;<code>ZodString</code>&gt;; <code>peakFlopsPerSecond</code>: <code>ZodObject</code>&lt;{ <code>bf16</code>: <code>ZodNumber</code>; <code>fp8</code>: <code>ZodNullable</code>&lt;<code>ZodNumber</code>&gt;; }, <code>$strict</code>&gt;; <code>priceUsdPerHour</code>: <code>ZodNullable</code>&lt;<code>ZodNumber</code>&gt;; <code>source</code>: <code>ZodString</code>; }, <code>$strict</code>&gt;</p></blockquote><p>Zod schema of <a href="./../interfaces/AcceleratorDescriptor">AcceleratorDescriptor</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/variables/acceleratorDescriptorSchema.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const acceleratorDescriptorSchema = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  acceleratorDescriptorSchema as default
};
