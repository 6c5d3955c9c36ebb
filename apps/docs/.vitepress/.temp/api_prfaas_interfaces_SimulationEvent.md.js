import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SimulationEvent<Payload>","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SimulationEvent.md","filePath":"api/prfaas/interfaces/SimulationEvent.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SimulationEvent.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SimulationEvent</p><h1 id="interface-simulationevent-payload" tabindex="-1">Interface: SimulationEvent&lt;Payload&gt; <a class="header-anchor" href="#interface-simulationevent-payload" aria-label="Permalink to &quot;Interface: SimulationEvent\\&lt;Payload\\&gt;&quot;">​</a></h1><p>One scheduled event: when, its class priority, its insertion number and what it carries.</p><h2 id="type-parameters" tabindex="-1">Type Parameters <a class="header-anchor" href="#type-parameters" aria-label="Permalink to &quot;Type Parameters&quot;">​</a></h2><h3 id="payload" tabindex="-1">Payload <a class="header-anchor" href="#payload" aria-label="Permalink to &quot;Payload&quot;">​</a></h3><p><code>Payload</code></p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="payload-1" tabindex="-1">payload <a class="header-anchor" href="#payload-1" aria-label="Permalink to &quot;payload&quot;">​</a></h3><blockquote><p><strong>payload</strong>: <code>Payload</code></p></blockquote><hr><h3 id="priority" tabindex="-1">priority <a class="header-anchor" href="#priority" aria-label="Permalink to &quot;priority&quot;">​</a></h3><blockquote><p><strong>priority</strong>: <code>number</code></p></blockquote><hr><h3 id="sequence" tabindex="-1">sequence <a class="header-anchor" href="#sequence" aria-label="Permalink to &quot;sequence&quot;">​</a></h3><blockquote><p><strong>sequence</strong>: <code>number</code></p></blockquote><p>Insertion sequence number, the final tie-break.</p><hr><h3 id="timeus" tabindex="-1">timeUs <a class="header-anchor" href="#timeus" aria-label="Permalink to &quot;timeUs&quot;">​</a></h3><blockquote><p><strong>timeUs</strong>: <code>number</code></p></blockquote><p>Time in integer microseconds.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SimulationEvent.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SimulationEvent = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SimulationEvent as default
};
