import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: layerStageTimes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/layerStageTimes.md","filePath":"api/afd/functions/layerStageTimes.md"}');
const _sfc_main = { name: "api/afd/functions/layerStageTimes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / layerStageTimes</p><h1 id="function-layerstagetimes" tabindex="-1">Function: layerStageTimes() <a class="header-anchor" href="#function-layerstagetimes" aria-label="Permalink to &quot;Function: layerStageTimes()&quot;">​</a></h1><blockquote><p><strong>layerStageTimes</strong>(<code>profile</code>, <code>layout</code>, <code>input</code>, <code>rates</code>): <a href="./../interfaces/LayerStageTimes"><code>LayerStageTimes</code></a></p></blockquote><p>Returns one layer&#39;s stage times for a layout. Attention runs data-parallel: each GPU reads its own KV and all of the layer&#39;s projection weights. FFN weights are spread evenly over the FFN GPUs. An attention GPU sends <code>y·m_a·H</code> bytes and receives <code>2·y·m_a·H</code>; an FFN GPU receives <code>x·m_a·H</code> and sends <code>2·x·m_a·H</code>; the busier side sets the leg&#39;s time.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="profile" tabindex="-1">profile <a class="header-anchor" href="#profile" aria-label="Permalink to &quot;profile&quot;">​</a></h3><p><a href="./../interfaces/LayerProfile"><code>LayerProfile</code></a></p><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><p><a href="./../interfaces/Layout"><code>Layout</code></a></p><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/ResolvedAfdInput"><code>ResolvedAfdInput</code></a></p><h3 id="rates" tabindex="-1">rates <a class="header-anchor" href="#rates" aria-label="Permalink to &quot;rates&quot;">​</a></h3><p><a href="./../interfaces/PlanRates"><code>PlanRates</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LayerStageTimes"><code>LayerStageTimes</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/layerStageTimes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const layerStageTimes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  layerStageTimes as default
};
