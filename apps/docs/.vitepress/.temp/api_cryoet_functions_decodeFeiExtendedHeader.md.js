import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeFeiExtendedHeader()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/decodeFeiExtendedHeader.md","filePath":"api/cryoet/functions/decodeFeiExtendedHeader.md"}');
const _sfc_main = { name: "api/cryoet/functions/decodeFeiExtendedHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / decodeFeiExtendedHeader</p><h1 id="function-decodefeiextendedheader" tabindex="-1">Function: decodeFeiExtendedHeader() <a class="header-anchor" href="#function-decodefeiextendedheader" aria-label="Permalink to &quot;Function: decodeFeiExtendedHeader()&quot;">​</a></h1><blockquote><p><strong>decodeFeiExtendedHeader</strong>(<code>extendedHeader</code>, <code>exttyp</code>, <code>littleEndian</code>, <code>sections</code>, <code>log</code>): <a href="./../interfaces/FeiExtendedHeader"><code>FeiExtendedHeader</code></a> | <code>null</code></p></blockquote><p>Decodes an FEI1 or FEI2 extended header into one record per section. Block <code>k</code> starts at <code>k × Metadata size</code>, never at NSYMBT / NZ, because Velox pads FEI2 headers to 512 bytes. Returns null with a check-8 warning when the header is shorter than 8 bytes or its block size is not 768 or 888; reads only the whole blocks present when it holds fewer than <code>sections</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="extendedheader" tabindex="-1">extendedHeader <a class="header-anchor" href="#extendedheader" aria-label="Permalink to &quot;extendedHeader&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="exttyp" tabindex="-1">exttyp <a class="header-anchor" href="#exttyp" aria-label="Permalink to &quot;exttyp&quot;">​</a></h3><p><code>string</code></p><h3 id="littleendian" tabindex="-1">littleEndian <a class="header-anchor" href="#littleendian" aria-label="Permalink to &quot;littleEndian&quot;">​</a></h3><p><code>boolean</code></p><h3 id="sections" tabindex="-1">sections <a class="header-anchor" href="#sections" aria-label="Permalink to &quot;sections&quot;">​</a></h3><p><code>number</code></p><h3 id="log" tabindex="-1">log <a class="header-anchor" href="#log" aria-label="Permalink to &quot;log&quot;">​</a></h3><p><a href="./../classes/ProblemLog"><code>ProblemLog</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/FeiExtendedHeader"><code>FeiExtendedHeader</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/decodeFeiExtendedHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeFeiExtendedHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeFeiExtendedHeader as default
};
