import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: WorkloadRequest","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/WorkloadRequest.md","filePath":"api/prfaas/interfaces/WorkloadRequest.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/WorkloadRequest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / WorkloadRequest</p><h1 id="interface-workloadrequest" tabindex="-1">Interface: WorkloadRequest <a class="header-anchor" href="#interface-workloadrequest" aria-label="Permalink to &quot;Interface: WorkloadRequest&quot;">​</a></h1><p>One request of a workload: when it arrives, its prompt and output lengths, and optionally the prefix-chained block ids of its prompt.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./RequestView"><code>RequestView</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="arrivalus" tabindex="-1">arrivalUs <a class="header-anchor" href="#arrivalus" aria-label="Permalink to &quot;arrivalUs&quot;">​</a></h3><blockquote><p><strong>arrivalUs</strong>: <code>number</code></p></blockquote><p>Arrival time in integer microseconds from the start of the workload.</p><hr><h3 id="hashids" tabindex="-1">hashIds? <a class="header-anchor" href="#hashids" aria-label="Permalink to &quot;hashIds?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>hashIds?</strong>: readonly <code>number</code>[]</p></blockquote><p>Prefix-chained block ids (Mooncake&#39;s <code>hash_ids</code>): the k-th id names the whole prefix of k blocks, so two requests that share their first k ids share that prefix. Absent when the workload has no prefix information.</p><hr><h3 id="inputtokens" tabindex="-1">inputTokens <a class="header-anchor" href="#inputtokens" aria-label="Permalink to &quot;inputTokens&quot;">​</a></h3><blockquote><p><strong>inputTokens</strong>: <code>number</code></p></blockquote><p>Prompt length in tokens, at least 1.</p><hr><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><blockquote><p><strong>outputTokens</strong>: <code>number</code></p></blockquote><p>Output length in tokens, at least 0.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/WorkloadRequest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const WorkloadRequest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  WorkloadRequest as default
};
