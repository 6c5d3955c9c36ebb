import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RequestTimes","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/RequestTimes.md","filePath":"api/prfaas/type-aliases/RequestTimes.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/RequestTimes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / RequestTimes</p><h1 id="type-alias-requesttimes" tabindex="-1">Type Alias: RequestTimes <a class="header-anchor" href="#type-alias-requesttimes" aria-label="Permalink to &quot;Type Alias: RequestTimes&quot;">​</a></h1><blockquote><p><strong>RequestTimes</strong> = <code>Record</code>&lt;<em>typeof</em> <code>COLUMNS</code>[<code>number</code>], <code>number</code>&gt;</p></blockquote><p>Timestamps of one finished request, in µs from the workload start.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/RequestTimes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RequestTimes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RequestTimes as default
};
