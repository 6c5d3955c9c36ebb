import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: buildHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/buildHeader.md","filePath":"api/cryoet/functions/buildHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/buildHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / buildHeader</p><h1 id="function-buildheader" tabindex="-1">Function: buildHeader() <a class="header-anchor" href="#function-buildheader" aria-label="Permalink to &quot;Function: buildHeader()&quot;">​</a></h1><blockquote><p><strong>buildHeader</strong>(<code>input</code>, <code>log?</code>): <code>object</code></p></blockquote><p>Builds the header of a file from its shape and metadata, with undetermined statistics: the header <a href="./encodeMrc">encodeMrc</a> writes before it fills in the statistics. Streaming writers start here. NSYMBT is set to the length of <code>extendedHeader</code>. A base header that declares an extended header without its bytes gets NSYMBT 0, a blank EXTTYP (unless <code>exttyp</code> is given) and a warning in <code>log</code>. Mode 0 is marked as signed bytes (see setMode0Sign). Throws <code>INVALID_ARGUMENT</code> when the header would make a file that a strict read rejects.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../type-aliases/MrcHeaderInput"><code>MrcHeaderInput</code></a></p><h3 id="log" tabindex="-1">log? <a class="header-anchor" href="#log" aria-label="Permalink to &quot;log?&quot;">​</a></h3><p><a href="./../classes/ProblemLog"><code>ProblemLog</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><h3 id="extendedheader" tabindex="-1">extendedHeader <a class="header-anchor" href="#extendedheader" aria-label="Permalink to &quot;extendedHeader&quot;">​</a></h3><blockquote><p><strong>extendedHeader</strong>: <code>Uint8Array</code></p></blockquote><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><blockquote><p><strong>header</strong>: <a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p></blockquote><h3 id="littleendian" tabindex="-1">littleEndian <a class="header-anchor" href="#littleendian" aria-label="Permalink to &quot;littleEndian&quot;">​</a></h3><blockquote><p><strong>littleEndian</strong>: <code>boolean</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/buildHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const buildHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  buildHeader as default
};
