import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/variables/LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT.md","filePath":"api/attention/variables/LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT.md"}');
const _sfc_main = { name: "api/attention/variables/LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT</p><h1 id="variable-linear-attention-flops-per-state-element" tabindex="-1">Variable: LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT <a class="header-anchor" href="#variable-linear-attention-flops-per-state-element" aria-label="Permalink to &quot;Variable: LINEAR\\_ATTENTION\\_FLOPS\\_PER\\_STATE\\_ELEMENT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT</strong>: <code>10</code> = <code>10</code></p></blockquote><p>The FLOP constant of a linear-attention state update per <code>d_k × d_v</code> state element. NOTE: it is fitted to the Step-3 report&#39;s MiniMax-M1 rows; the report does not state it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/variables/LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT as default
};
