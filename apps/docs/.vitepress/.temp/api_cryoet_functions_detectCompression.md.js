import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: detectCompression()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/detectCompression.md","filePath":"api/cryoet/functions/detectCompression.md"}');
const _sfc_main = { name: "api/cryoet/functions/detectCompression.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / detectCompression</p><h1 id="function-detectcompression" tabindex="-1">Function: detectCompression() <a class="header-anchor" href="#function-detectcompression" aria-label="Permalink to &quot;Function: detectCompression()&quot;">​</a></h1><blockquote><p><strong>detectCompression</strong>(<code>bytes</code>): <a href="./../type-aliases/Compression"><code>Compression</code></a></p></blockquote><p>Detects whole-file compression: gzip starts with 1F 8B, bzip2 with &quot;BZh&quot; (42 5A 68).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/Compression"><code>Compression</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/detectCompression.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const detectCompression = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  detectCompression as default
};
