import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decompress()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/decompress.md","filePath":"api/cryoet/functions/decompress.md"}');
const _sfc_main = { name: "api/cryoet/functions/decompress.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / decompress</p><h1 id="function-decompress" tabindex="-1">Function: decompress() <a class="header-anchor" href="#function-decompress" aria-label="Permalink to &quot;Function: decompress()&quot;">​</a></h1><blockquote><p><strong>decompress</strong>(<code>bytes</code>, <code>options?</code>): <code>object</code></p></blockquote><p>Decompresses <code>bytes</code> when they start with gzip or bzip2 magic bytes and returns them unchanged otherwise. Throws <code>DECOMPRESSION_FAILED</code> for a corrupt stream and <code>DATA_TOO_LARGE</code> once the output passes <code>options.maxBytes</code>. A string second argument is the file name, as in earlier versions. To read an MRC file, use <a href="./readMrc">readMrc</a> instead: it stops decompressing at the size that the file&#39;s header describes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><code>string</code> | <a href="./../interfaces/DecompressOptions"><code>DecompressOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><h3 id="bytes-1" tabindex="-1">bytes <a class="header-anchor" href="#bytes-1" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><h3 id="compression" tabindex="-1">compression <a class="header-anchor" href="#compression" aria-label="Permalink to &quot;compression&quot;">​</a></h3><blockquote><p><strong>compression</strong>: <a href="./../type-aliases/Compression"><code>Compression</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/decompress.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decompress = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decompress as default
};
