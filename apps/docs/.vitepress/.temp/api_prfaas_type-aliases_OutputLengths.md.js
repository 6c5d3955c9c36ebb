import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: OutputLengths","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/OutputLengths.md","filePath":"api/prfaas/type-aliases/OutputLengths.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/OutputLengths.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / OutputLengths</p><h1 id="type-alias-outputlengths" tabindex="-1">Type Alias: OutputLengths <a class="header-anchor" href="#type-alias-outputlengths" aria-label="Permalink to &quot;Type Alias: OutputLengths&quot;">​</a></h1><blockquote><p><strong>OutputLengths</strong> = { <code>kind</code>: <code>&quot;constant&quot;</code>; <code>tokens</code>: <code>number</code>; } | <code>object</code> &amp; <a href="./../interfaces/LogNormalLengths"><code>LogNormalLengths</code></a></p></blockquote><p>Output lengths of a synthetic workload.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/OutputLengths.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OutputLengths = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OutputLengths as default
};
