import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttnResPipelineTraffic","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/AttnResPipelineTraffic.md","filePath":"api/attention/interfaces/AttnResPipelineTraffic.md"}');
const _sfc_main = { name: "api/attention/interfaces/AttnResPipelineTraffic.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttnResPipelineTraffic</p><h1 id="interface-attnrespipelinetraffic" tabindex="-1">Interface: AttnResPipelineTraffic <a class="header-anchor" href="#interface-attnrespipelinetraffic" aria-label="Permalink to &quot;Interface: AttnResPipelineTraffic&quot;">​</a></h1><p>Per-token pipeline traffic of Block AttnRes summaries, in elements.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cachedelements" tabindex="-1">cachedElements <a class="header-anchor" href="#cachedelements" aria-label="Permalink to &quot;cachedElements&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>cachedElements</strong>: <code>number</code></p></blockquote><p>Each stage keeps what it received for earlier virtual stages: <code>P(P−1)/2·N_p·d + (V−1)·P²·N_p·d</code>.</p><hr><h3 id="cachedpeakelements" tabindex="-1">cachedPeakElements <a class="header-anchor" href="#cachedpeakelements" aria-label="Permalink to &quot;cachedPeakElements&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>cachedPeakElements</strong>: <code>number</code></p></blockquote><p>Largest single transfer with caching: <code>P·N_p·d</code>.</p><hr><h3 id="naiveelements" tabindex="-1">naiveElements <a class="header-anchor" href="#naiveelements" aria-label="Permalink to &quot;naiveElements&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>naiveElements</strong>: <code>number</code></p></blockquote><p>Every chunk boundary resends all summaries: <code>C(C−1)/2·N_p·d</code>.</p><hr><h3 id="naivepeakelements" tabindex="-1">naivePeakElements <a class="header-anchor" href="#naivepeakelements" aria-label="Permalink to &quot;naivePeakElements&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>naivePeakElements</strong>: <code>number</code></p></blockquote><p>Largest single transfer without caching: <code>(C−1)·N_p·d</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/AttnResPipelineTraffic.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttnResPipelineTraffic = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttnResPipelineTraffic as default
};
