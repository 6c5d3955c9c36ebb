import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: interpretHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/interpretHeader.md","filePath":"api/cryoet/functions/interpretHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/interpretHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / interpretHeader</p><h1 id="function-interpretheader" tabindex="-1">Function: interpretHeader() <a class="header-anchor" href="#function-interpretheader" aria-label="Permalink to &quot;Function: interpretHeader()&quot;">​</a></h1><blockquote><p><strong>interpretHeader</strong>(<code>headerBytes</code>, <code>fileBytes</code>, <code>options</code>, <code>log</code>): <a href="./../interfaces/MrcLayout"><code>MrcLayout</code></a></p></blockquote><p>Decodes the main header in <code>headerBytes</code> (at least 1024 bytes) and checks it against a file of <code>fileBytes</code> bytes. Runs checks 2-8 and 12 through <code>log</code>, which throws in strict mode.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="headerbytes" tabindex="-1">headerBytes <a class="header-anchor" href="#headerbytes" aria-label="Permalink to &quot;headerBytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="filebytes" tabindex="-1">fileBytes <a class="header-anchor" href="#filebytes" aria-label="Permalink to &quot;fileBytes&quot;">​</a></h3><p><code>number</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/ReadOptions"><code>ReadOptions</code></a></p><h3 id="log" tabindex="-1">log <a class="header-anchor" href="#log" aria-label="Permalink to &quot;log&quot;">​</a></h3><p><a href="./../classes/ProblemLog"><code>ProblemLog</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MrcLayout"><code>MrcLayout</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/interpretHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const interpretHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  interpretHeader as default
};
