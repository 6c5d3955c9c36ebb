import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LoadChecksumsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/LoadChecksumsOptions.md","filePath":"api/kvcache/interfaces/LoadChecksumsOptions.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/LoadChecksumsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / LoadChecksumsOptions</p><h1 id="interface-loadchecksumsoptions" tabindex="-1">Interface: LoadChecksumsOptions <a class="header-anchor" href="#interface-loadchecksumsoptions" aria-label="Permalink to &quot;Interface: LoadChecksumsOptions&quot;">​</a></h1><p>Options of <a href="./../functions/loadChecksums">loadChecksums</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="native" tabindex="-1">native? <a class="header-anchor" href="#native" aria-label="Permalink to &quot;native?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>native?</strong>: <code>boolean</code></p></blockquote><p>Use the native xxHash64 of <code>@node-rs/xxhash</code> where it loads, that is in Node with the optional dependency installed. It gives the same values as hash-wasm&#39;s and runs faster on data in cache. Default true. Elsewhere, and with false, every function comes from hash-wasm.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/LoadChecksumsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LoadChecksumsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LoadChecksumsOptions as default
};
