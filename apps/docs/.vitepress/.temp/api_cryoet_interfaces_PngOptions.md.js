import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PngOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/PngOptions.md","filePath":"api/cryoet/interfaces/PngOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/PngOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / PngOptions</p><h1 id="interface-pngoptions" tabindex="-1">Interface: PngOptions <a class="header-anchor" href="#interface-pngoptions" aria-label="Permalink to &quot;Interface: PngOptions&quot;">​</a></h1><p>Options of <a href="./../functions/imageToPng">imageToPng</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="highpercentile" tabindex="-1">highPercentile? <a class="header-anchor" href="#highpercentile" aria-label="Permalink to &quot;highPercentile?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>highPercentile?</strong>: <code>number</code></p></blockquote><p>Percentile mapped to white, 0-100. Default 99.</p><hr><h3 id="lowpercentile" tabindex="-1">lowPercentile? <a class="header-anchor" href="#lowpercentile" aria-label="Permalink to &quot;lowPercentile?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>lowPercentile?</strong>: <code>number</code></p></blockquote><p>Percentile mapped to black, 0-100. Default 1.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/PngOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PngOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PngOptions as default
};
