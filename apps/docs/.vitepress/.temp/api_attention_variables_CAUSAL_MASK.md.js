import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CAUSAL_MASK","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/variables/CAUSAL_MASK.md","filePath":"api/attention/variables/CAUSAL_MASK.md"}');
const _sfc_main = { name: "api/attention/variables/CAUSAL_MASK.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / CAUSAL_MASK</p><h1 id="variable-causal-mask" tabindex="-1">Variable: CAUSAL_MASK <a class="header-anchor" href="#variable-causal-mask" aria-label="Permalink to &quot;Variable: CAUSAL\\_MASK&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CAUSAL_MASK</strong>: <a href="./../type-aliases/AttentionMask"><code>AttentionMask</code></a></p></blockquote><p>The causal mask, the default of every kernel.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/variables/CAUSAL_MASK.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CAUSAL_MASK = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CAUSAL_MASK as default
};
