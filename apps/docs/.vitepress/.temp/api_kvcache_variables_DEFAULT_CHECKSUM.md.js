import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_CHECKSUM","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/variables/DEFAULT_CHECKSUM.md","filePath":"api/kvcache/variables/DEFAULT_CHECKSUM.md"}');
const _sfc_main = { name: "api/kvcache/variables/DEFAULT_CHECKSUM.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / DEFAULT_CHECKSUM</p><h1 id="variable-default-checksum" tabindex="-1">Variable: DEFAULT_CHECKSUM <a class="header-anchor" href="#variable-default-checksum" aria-label="Permalink to &quot;Variable: DEFAULT\\_CHECKSUM&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_CHECKSUM</strong>: <a href="./../type-aliases/ChecksumAlgorithm"><code>ChecksumAlgorithm</code></a> = <code>&quot;xxh64&quot;</code></p></blockquote><p>The default per-chunk and header checksum: xxHash64, seed 0.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/variables/DEFAULT_CHECKSUM.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_CHECKSUM = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_CHECKSUM as default
};
