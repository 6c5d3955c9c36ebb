import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: StatisticsOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/StatisticsOptions.md","filePath":"api/cryoet/interfaces/StatisticsOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/StatisticsOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / StatisticsOptions</p><h1 id="interface-statisticsoptions" tabindex="-1">Interface: StatisticsOptions <a class="header-anchor" href="#interface-statisticsoptions" aria-label="Permalink to &quot;Interface: StatisticsOptions&quot;">​</a></h1><p>Options of <a href="./../classes/MrcReader#statistics">MrcReader.statistics</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="chunkbytes" tabindex="-1">chunkBytes? <a class="header-anchor" href="#chunkbytes" aria-label="Permalink to &quot;chunkBytes?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>chunkBytes?</strong>: <code>number</code></p></blockquote><p>Bytes read and summed at a time. Default 16 MiB. Chunks are rounded down to whole voxels (whole rows for mode 101), and at least one is read at a time.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/StatisticsOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const StatisticsOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  StatisticsOptions as default
};
