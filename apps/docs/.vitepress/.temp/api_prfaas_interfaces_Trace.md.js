import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Trace","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/Trace.md","filePath":"api/prfaas/interfaces/Trace.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/Trace.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / Trace</p><h1 id="interface-trace" tabindex="-1">Interface: Trace <a class="header-anchor" href="#interface-trace" aria-label="Permalink to &quot;Interface: Trace&quot;">​</a></h1><p>A workload read from a trace file, with what was skipped and the block size of its ids.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blocktokens" tabindex="-1">blockTokens <a class="header-anchor" href="#blocktokens" aria-label="Permalink to &quot;blockTokens&quot;">​</a></h3><blockquote><p><strong>blockTokens</strong>: <code>number</code> | <code>null</code></p></blockquote><p>Tokens per <code>hashIds</code> block, or null without prefix information.</p><hr><h3 id="format" tabindex="-1">format <a class="header-anchor" href="#format" aria-label="Permalink to &quot;format&quot;">​</a></h3><blockquote><p><strong>format</strong>: <code>&quot;mooncake&quot;</code> | <code>&quot;azure&quot;</code> | <code>&quot;burstgpt&quot;</code> | <code>&quot;synthetic&quot;</code></p></blockquote><p>Source format of the rows.</p><hr><h3 id="requests" tabindex="-1">requests <a class="header-anchor" href="#requests" aria-label="Permalink to &quot;requests&quot;">​</a></h3><blockquote><p><strong>requests</strong>: <a href="./WorkloadRequest"><code>WorkloadRequest</code></a>[]</p></blockquote><p>Requests in arrival order; ties keep file order.</p><hr><h3 id="skipped" tabindex="-1">skipped <a class="header-anchor" href="#skipped" aria-label="Permalink to &quot;skipped&quot;">​</a></h3><blockquote><p><strong>skipped</strong>: { <code>reason</code>: <code>string</code>; <code>rows</code>: <code>number</code>; } | <code>null</code></p></blockquote><p>Rows that were read but left out, with the reason (BurstGPT failed requests).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/Trace.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Trace = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Trace as default
};
