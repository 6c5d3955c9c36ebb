import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CHECKSUM_IDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/variables/CHECKSUM_IDS.md","filePath":"api/kvcache/variables/CHECKSUM_IDS.md"}');
const _sfc_main = { name: "api/kvcache/variables/CHECKSUM_IDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / CHECKSUM_IDS</p><h1 id="variable-checksum-ids" tabindex="-1">Variable: CHECKSUM_IDS <a class="header-anchor" href="#variable-checksum-ids" aria-label="Permalink to &quot;Variable: CHECKSUM\\_IDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CHECKSUM_IDS</strong>: <code>object</code></p></blockquote><p>Checksum algorithms a frame can name, with their frame ids (version 1).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="crc32" tabindex="-1">crc32 <a class="header-anchor" href="#crc32" aria-label="Permalink to &quot;crc32&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>crc32</strong>: <code>1</code> = <code>1</code></p></blockquote><h3 id="crc32c" tabindex="-1">crc32c <a class="header-anchor" href="#crc32c" aria-label="Permalink to &quot;crc32c&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>crc32c</strong>: <code>2</code> = <code>2</code></p></blockquote><h3 id="xxh3" tabindex="-1">xxh3 <a class="header-anchor" href="#xxh3" aria-label="Permalink to &quot;xxh3&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>xxh3</strong>: <code>4</code> = <code>4</code></p></blockquote><h3 id="xxh64" tabindex="-1">xxh64 <a class="header-anchor" href="#xxh64" aria-label="Permalink to &quot;xxh64&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>xxh64</strong>: <code>3</code> = <code>3</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/variables/CHECKSUM_IDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CHECKSUM_IDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CHECKSUM_IDS as default
};
