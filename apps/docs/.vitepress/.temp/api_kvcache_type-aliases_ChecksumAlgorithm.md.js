import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ChecksumAlgorithm","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/ChecksumAlgorithm.md","filePath":"api/kvcache/type-aliases/ChecksumAlgorithm.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/ChecksumAlgorithm.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ChecksumAlgorithm</p><h1 id="type-alias-checksumalgorithm" tabindex="-1">Type Alias: ChecksumAlgorithm <a class="header-anchor" href="#type-alias-checksumalgorithm" aria-label="Permalink to &quot;Type Alias: ChecksumAlgorithm&quot;">​</a></h1><blockquote><p><strong>ChecksumAlgorithm</strong> = keyof <em>typeof</em> <a href="./../variables/CHECKSUM_IDS"><code>CHECKSUM_IDS</code></a></p></blockquote><p>A checksum algorithm name: CRC-32 (IEEE), CRC-32C (Castagnoli), xxHash64 or XXH3-64.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/ChecksumAlgorithm.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChecksumAlgorithm = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChecksumAlgorithm as default
};
