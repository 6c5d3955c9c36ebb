import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Checksums","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/Checksums.md","filePath":"api/kvcache/type-aliases/Checksums.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/Checksums.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / Checksums</p><h1 id="type-alias-checksums" tabindex="-1">Type Alias: Checksums <a class="header-anchor" href="#type-alias-checksums" aria-label="Permalink to &quot;Type Alias: Checksums&quot;">​</a></h1><blockquote><p><strong>Checksums</strong> = <code>Readonly</code>&lt;<code>Record</code>&lt;<a href="./ChecksumAlgorithm"><code>ChecksumAlgorithm</code></a>, <a href="./ChecksumFunction"><code>ChecksumFunction</code></a>&gt;&gt;</p></blockquote><p>Synchronous checksum functions for every algorithm, ready to use once loaded.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/Checksums.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Checksums = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Checksums as default
};
