import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bunzip2()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/bunzip2.md","filePath":"api/cryoet/functions/bunzip2.md"}');
const _sfc_main = { name: "api/cryoet/functions/bunzip2.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / bunzip2</p><h1 id="function-bunzip2" tabindex="-1">Function: bunzip2() <a class="header-anchor" href="#function-bunzip2" aria-label="Permalink to &quot;Function: bunzip2()&quot;">​</a></h1><blockquote><p><strong>bunzip2</strong>(<code>bytes</code>, <code>options?</code>): <code>Uint8Array</code></p></blockquote><p>Decompresses a whole bzip2 file, including files of several concatenated streams (pbzip2). Throws <code>DATA_TOO_LARGE</code> once the output passes <code>maxBytes</code> and <code>DECOMPRESSION_FAILED</code> for corrupt or truncated data.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/DecompressOptions"><code>DecompressOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/bunzip2.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bunzip2 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bunzip2 as default
};
