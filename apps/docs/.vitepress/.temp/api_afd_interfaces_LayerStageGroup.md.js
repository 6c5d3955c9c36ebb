import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LayerStageGroup","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/LayerStageGroup.md","filePath":"api/afd/interfaces/LayerStageGroup.md"}');
const _sfc_main = { name: "api/afd/interfaces/LayerStageGroup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / LayerStageGroup</p><h1 id="interface-layerstagegroup" tabindex="-1">Interface: LayerStageGroup <a class="header-anchor" href="#interface-layerstagegroup" aria-label="Permalink to &quot;Interface: LayerStageGroup&quot;">​</a></h1><p>Layers that share the same stage times in a plan, for <code>--explain</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="layers" tabindex="-1">layers <a class="header-anchor" href="#layers" aria-label="Permalink to &quot;layers&quot;">​</a></h3><blockquote><p><strong>layers</strong>: <code>number</code>[]</p></blockquote><p>0-based layer indices.</p><hr><h3 id="times" tabindex="-1">times <a class="header-anchor" href="#times" aria-label="Permalink to &quot;times&quot;">​</a></h3><blockquote><p><strong>times</strong>: <a href="./LayerStageTimes"><code>LayerStageTimes</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/LayerStageGroup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LayerStageGroup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LayerStageGroup as default
};
