import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: attnResPipelineTraffic()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/attnResPipelineTraffic.md","filePath":"api/attention/functions/attnResPipelineTraffic.md"}');
const _sfc_main = { name: "api/attention/functions/attnResPipelineTraffic.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / attnResPipelineTraffic</p><h1 id="function-attnrespipelinetraffic" tabindex="-1">Function: attnResPipelineTraffic() <a class="header-anchor" href="#function-attnrespipelinetraffic" aria-label="Permalink to &quot;Function: attnResPipelineTraffic()&quot;">​</a></h1><blockquote><p><strong>attnResPipelineTraffic</strong>(<code>options</code>): <a href="./../interfaces/AttnResPipelineTraffic"><code>AttnResPipelineTraffic</code></a></p></blockquote><p>Returns the per-token communication of Block AttnRes summaries under interleaved pipeline parallelism with <code>P</code> physical stages of <code>V</code> virtual stages (<code>C = P·V</code> chunks) and <code>N_p</code> summaries per chunk. NOTE: these formulas come from a secondary summary of arXiv:2603.15031, not the paper.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><h4 id="modelwidth" tabindex="-1">modelWidth <a class="header-anchor" href="#modelwidth" aria-label="Permalink to &quot;modelWidth&quot;">​</a></h4><p><code>number</code></p><h4 id="physicalstages" tabindex="-1">physicalStages <a class="header-anchor" href="#physicalstages" aria-label="Permalink to &quot;physicalStages&quot;">​</a></h4><p><code>number</code></p><h4 id="summariesperchunk" tabindex="-1">summariesPerChunk <a class="header-anchor" href="#summariesperchunk" aria-label="Permalink to &quot;summariesPerChunk&quot;">​</a></h4><p><code>number</code></p><h4 id="virtualstages" tabindex="-1">virtualStages <a class="header-anchor" href="#virtualstages" aria-label="Permalink to &quot;virtualStages&quot;">​</a></h4><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AttnResPipelineTraffic"><code>AttnResPipelineTraffic</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/attnResPipelineTraffic.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attnResPipelineTraffic = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attnResPipelineTraffic as default
};
