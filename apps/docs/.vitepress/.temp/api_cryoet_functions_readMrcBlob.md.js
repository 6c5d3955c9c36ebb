import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readMrcBlob()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/readMrcBlob.md","filePath":"api/cryoet/functions/readMrcBlob.md"}');
const _sfc_main = { name: "api/cryoet/functions/readMrcBlob.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / readMrcBlob</p><h1 id="function-readmrcblob" tabindex="-1">Function: readMrcBlob() <a class="header-anchor" href="#function-readmrcblob" aria-label="Permalink to &quot;Function: readMrcBlob()&quot;">​</a></h1><blockquote><p><strong>readMrcBlob</strong>(<code>blob</code>, <code>options?</code>): <code>Promise</code>&lt;<a href="./../interfaces/MrcFile"><code>MrcFile</code></a>&gt;</p></blockquote><p>Reads an MRC file from a Blob or File (browsers and Node), like <a href="./readMrc">readMrc</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="blob" tabindex="-1">blob <a class="header-anchor" href="#blob" aria-label="Permalink to &quot;blob&quot;">​</a></h3><p><code>Blob</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ReadMrcOptions"><code>ReadMrcOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/MrcFile"><code>MrcFile</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/readMrcBlob.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readMrcBlob = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readMrcBlob as default
};
