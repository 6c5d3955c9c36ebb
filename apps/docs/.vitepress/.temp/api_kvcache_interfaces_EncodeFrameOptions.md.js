import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EncodeFrameOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/EncodeFrameOptions.md","filePath":"api/kvcache/interfaces/EncodeFrameOptions.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/EncodeFrameOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / EncodeFrameOptions</p><h1 id="interface-encodeframeoptions" tabindex="-1">Interface: EncodeFrameOptions <a class="header-anchor" href="#interface-encodeframeoptions" aria-label="Permalink to &quot;Interface: EncodeFrameOptions&quot;">​</a></h1><p>Options of <a href="./../functions/encodeFrame">encodeFrame</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="checksum" tabindex="-1">checksum? <a class="header-anchor" href="#checksum" aria-label="Permalink to &quot;checksum?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>checksum?</strong>: <code>&quot;crc32&quot;</code> | <code>&quot;crc32c&quot;</code> | <code>&quot;xxh64&quot;</code> | <code>&quot;xxh3&quot;</code></p></blockquote><p>Default <code>xxh64</code>.</p><hr><h3 id="checksums" tabindex="-1">checksums <a class="header-anchor" href="#checksums" aria-label="Permalink to &quot;checksums&quot;">​</a></h3><blockquote><p><strong>checksums</strong>: <a href="./../type-aliases/Checksums"><code>Checksums</code></a></p></blockquote><p>Checksum functions, from <code>await loadChecksums()</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/EncodeFrameOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EncodeFrameOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EncodeFrameOptions as default
};
