import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: CodecPreset","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/CodecPreset.md","filePath":"api/kvcache/type-aliases/CodecPreset.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/CodecPreset.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / CodecPreset</p><h1 id="type-alias-codecpreset" tabindex="-1">Type Alias: CodecPreset <a class="header-anchor" href="#type-alias-codecpreset" aria-label="Permalink to &quot;Type Alias: CodecPreset&quot;">​</a></h1><blockquote><p><strong>CodecPreset</strong> = <em>typeof</em> <a href="./../variables/CODEC_PRESETS"><code>CODEC_PRESETS</code></a>[<code>number</code>]</p></blockquote><p>One of <a href="./../variables/CODEC_PRESETS">CODEC_PRESETS</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/CodecPreset.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CodecPreset = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CodecPreset as default
};
