import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MetricsWindow","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/MetricsWindow.md","filePath":"api/prfaas/interfaces/MetricsWindow.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/MetricsWindow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / MetricsWindow</p><h1 id="interface-metricswindow" tabindex="-1">Interface: MetricsWindow <a class="header-anchor" href="#interface-metricswindow" aria-label="Permalink to &quot;Interface: MetricsWindow&quot;">​</a></h1><p>Metrics a control loop receives at each tick.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="egressutilisation" tabindex="-1">egressUtilisation <a class="header-anchor" href="#egressutilisation" aria-label="Permalink to &quot;egressUtilisation&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>egressUtilisation</strong>: <code>number</code></p></blockquote><p>Bytes the link carried in the last period divided by its capacity over the period.</p><hr><h3 id="nowus" tabindex="-1">nowUs <a class="header-anchor" href="#nowus" aria-label="Permalink to &quot;nowUs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>nowUs</strong>: <code>number</code></p></blockquote><hr><h3 id="waitingperinstance" tabindex="-1">waitingPerInstance <a class="header-anchor" href="#waitingperinstance" aria-label="Permalink to &quot;waitingPerInstance&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>waitingPerInstance</strong>: <code>Readonly</code>&lt;<code>Record</code>&lt;<a href="./../type-aliases/ClusterId"><code>ClusterId</code></a>, <code>number</code>&gt;&gt;</p></blockquote><p>Requests waiting (not in service) per prefill instance, by cluster.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/MetricsWindow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MetricsWindow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MetricsWindow as default
};
