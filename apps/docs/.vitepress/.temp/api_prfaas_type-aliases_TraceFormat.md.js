import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TraceFormat","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/TraceFormat.md","filePath":"api/prfaas/type-aliases/TraceFormat.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/TraceFormat.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / TraceFormat</p><h1 id="type-alias-traceformat" tabindex="-1">Type Alias: TraceFormat <a class="header-anchor" href="#type-alias-traceformat" aria-label="Permalink to &quot;Type Alias: TraceFormat&quot;">​</a></h1><blockquote><p><strong>TraceFormat</strong> = <code>&quot;mooncake&quot;</code> | <code>&quot;azure&quot;</code> | <code>&quot;burstgpt&quot;</code></p></blockquote><p>The trace file formats the loaders read.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/TraceFormat.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TraceFormat = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TraceFormat as default
};
