import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: IMOD_FLAGS","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/IMOD_FLAGS.md","filePath":"api/cryoet/variables/IMOD_FLAGS.md"}');
const _sfc_main = { name: "api/cryoet/variables/IMOD_FLAGS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / IMOD_FLAGS</p><h1 id="variable-imod-flags" tabindex="-1">Variable: IMOD_FLAGS <a class="header-anchor" href="#variable-imod-flags" aria-label="Permalink to &quot;Variable: IMOD\\_FLAGS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>IMOD_FLAGS</strong>: <code>object</code></p></blockquote><p><code>imodFlags</code> bits from IMOD&#39;s b3dutil.h (MRC_FLAGS_*).</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="ctfcorrected" tabindex="-1">ctfCorrected <a class="header-anchor" href="#ctfcorrected" aria-label="Permalink to &quot;ctfCorrected&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>ctfCorrected</strong>: <code>32</code> = <code>32</code></p></blockquote><h3 id="fourbitpacked" tabindex="-1">fourBitPacked <a class="header-anchor" href="#fourbitpacked" aria-label="Permalink to &quot;fourBitPacked&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>fourBitPacked</strong>: <code>16</code> = <code>16</code></p></blockquote><h3 id="invertedorigin" tabindex="-1">invertedOrigin <a class="header-anchor" href="#invertedorigin" aria-label="Permalink to &quot;invertedOrigin&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>invertedOrigin</strong>: <code>4</code> = <code>4</code></p></blockquote><h3 id="negativermsundetermined" tabindex="-1">negativeRmsUndetermined <a class="header-anchor" href="#negativermsundetermined" aria-label="Permalink to &quot;negativeRmsUndetermined&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>negativeRmsUndetermined</strong>: <code>8</code> = <code>8</code></p></blockquote><h3 id="pixelsizefromextendedheader" tabindex="-1">pixelSizeFromExtendedHeader <a class="header-anchor" href="#pixelsizefromextendedheader" aria-label="Permalink to &quot;pixelSizeFromExtendedHeader&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>pixelSizeFromExtendedHeader</strong>: <code>2</code> = <code>2</code></p></blockquote><h3 id="signedbytes" tabindex="-1">signedBytes <a class="header-anchor" href="#signedbytes" aria-label="Permalink to &quot;signedBytes&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>signedBytes</strong>: <code>1</code> = <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/IMOD_FLAGS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const IMOD_FLAGS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  IMOD_FLAGS as default
};
