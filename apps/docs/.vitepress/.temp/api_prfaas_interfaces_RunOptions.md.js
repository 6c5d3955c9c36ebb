import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RunOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/RunOptions.md","filePath":"api/prfaas/interfaces/RunOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/RunOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / RunOptions</p><h1 id="interface-runoptions" tabindex="-1">Interface: RunOptions <a class="header-anchor" href="#interface-runoptions" aria-label="Permalink to &quot;Interface: RunOptions&quot;">​</a></h1><p>Options of one run besides the configuration.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="recordtransfers" tabindex="-1">recordTransfers? <a class="header-anchor" href="#recordtransfers" aria-label="Permalink to &quot;recordTransfers?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>recordTransfers?</strong>: <code>boolean</code></p></blockquote><p>Keep every link transfer&#39;s size and peak rate in the result (default false).</p><hr><h3 id="requestlog" tabindex="-1">requestLog? <a class="header-anchor" href="#requestlog" aria-label="Permalink to &quot;requestLog?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>requestLog?</strong>: <code>&quot;full&quot;</code> | <code>&quot;summary&quot;</code></p></blockquote><p>What finished requests leave behind. <code>full</code> (default) keeps every request in a <a href="./../classes/RequestLog">RequestLog</a>, and its percentiles are exact numpy-style (type 7). <code>summary</code> folds each request into a <a href="./../classes/RequestSummary">RequestSummary</a> and drops it: counts are exact, means exact up to floating-point rounding, and percentiles are sketch estimates within 1 % relative error of the exact ones, so memory is bounded by the requests in flight.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/RunOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RunOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RunOptions as default
};
