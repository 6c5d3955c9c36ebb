import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: TraceSource","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/TraceSource.md","filePath":"api/prfaas/type-aliases/TraceSource.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/TraceSource.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / TraceSource</p><h1 id="type-alias-tracesource" tabindex="-1">Type Alias: TraceSource <a class="header-anchor" href="#type-alias-tracesource" aria-label="Permalink to &quot;Type Alias: TraceSource&quot;">​</a></h1><blockquote><p><strong>TraceSource</strong> = <code>string</code> | <code>Iterable</code>&lt;<code>string</code>&gt; | <code>AsyncIterable</code>&lt;<code>string</code>&gt; | <code>ReadableStream</code>&lt;<code>string</code>&gt;</p></blockquote><p>Text a trace loader accepts: a whole string, or chunks from an iterable or a Web stream.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/TraceSource.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const TraceSource = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  TraceSource as default
};
