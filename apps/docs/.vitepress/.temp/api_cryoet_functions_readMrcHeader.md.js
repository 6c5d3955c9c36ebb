import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readMrcHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/readMrcHeader.md","filePath":"api/cryoet/functions/readMrcHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/readMrcHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / readMrcHeader</p><h1 id="function-readmrcheader" tabindex="-1">Function: readMrcHeader() <a class="header-anchor" href="#function-readmrcheader" aria-label="Permalink to &quot;Function: readMrcHeader()&quot;">​</a></h1><blockquote><p><strong>readMrcHeader</strong>(<code>input</code>, <code>options?</code>): <a href="./../interfaces/MrcFile"><code>MrcFile</code></a></p></blockquote><p>Reads only the header and extended header of an MRC file, as mrcfile&#39;s <code>header_only</code> open.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><code>ArrayBuffer</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ReadOptions"><code>ReadOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MrcFile"><code>MrcFile</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/readMrcHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readMrcHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readMrcHeader as default
};
