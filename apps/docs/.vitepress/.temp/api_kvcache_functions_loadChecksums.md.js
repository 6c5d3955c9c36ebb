import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: loadChecksums()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/loadChecksums.md","filePath":"api/kvcache/functions/loadChecksums.md"}');
const _sfc_main = { name: "api/kvcache/functions/loadChecksums.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / loadChecksums</p><h1 id="function-loadchecksums" tabindex="-1">Function: loadChecksums() <a class="header-anchor" href="#function-loadchecksums" aria-label="Permalink to &quot;Function: loadChecksums()&quot;">​</a></h1><blockquote><p><strong>loadChecksums</strong>(<code>options?</code>): <code>Promise</code>&lt;<code>Readonly</code>&lt;<code>Record</code>&lt;<code>&quot;crc32&quot;</code> | <code>&quot;crc32c&quot;</code> | <code>&quot;xxh64&quot;</code> | <code>&quot;xxh3&quot;</code>, <a href="./../type-aliases/ChecksumFunction"><code>ChecksumFunction</code></a>&gt;&gt;&gt;</p></blockquote><p>Loads the checksum functions: hash-wasm&#39;s (WebAssembly, so the same code runs in Node and browsers), with <code>@node-rs/xxhash</code>&#39;s native xxHash64 in its place where it loads (see <a href="./../interfaces/LoadChecksumsOptions">LoadChecksumsOptions</a>). CRC-32 and CRC-32C are the reflected forms with initial value and final XOR 0xFFFFFFFF (polynomials 0xEDB88320 and 0x82F63B78); xxHash64 and XXH3-64 use seed 0. Loading is asynchronous once; the returned functions are synchronous.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/LoadChecksumsOptions"><code>LoadChecksumsOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>Readonly</code>&lt;<code>Record</code>&lt;<code>&quot;crc32&quot;</code> | <code>&quot;crc32c&quot;</code> | <code>&quot;xxh64&quot;</code> | <code>&quot;xxh3&quot;</code>, <a href="./../type-aliases/ChecksumFunction"><code>ChecksumFunction</code></a>&gt;&gt;&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/loadChecksums.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const loadChecksums = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  loadChecksums as default
};
