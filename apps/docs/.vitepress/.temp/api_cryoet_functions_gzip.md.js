import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: gzip()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/gzip.md","filePath":"api/cryoet/functions/gzip.md"}');
const _sfc_main = { name: "api/cryoet/functions/gzip.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / gzip</p><h1 id="function-gzip" tabindex="-1">Function: gzip() <a class="header-anchor" href="#function-gzip" aria-label="Permalink to &quot;Function: gzip()&quot;">​</a></h1><blockquote><p><strong>gzip</strong>(<code>bytes</code>): <code>Uint8Array</code></p></blockquote><p>Compresses a whole file with gzip. bzip2 output is not offered, because no decoder library here encodes it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/gzip.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gzip = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gzip as default
};
