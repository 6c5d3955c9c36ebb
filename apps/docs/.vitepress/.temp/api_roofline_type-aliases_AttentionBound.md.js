import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: AttentionBound","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/type-aliases/AttentionBound.md","filePath":"api/roofline/type-aliases/AttentionBound.md"}');
const _sfc_main = { name: "api/roofline/type-aliases/AttentionBound.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / AttentionBound</p><h1 id="type-alias-attentionbound" tabindex="-1">Type Alias: AttentionBound <a class="header-anchor" href="#type-alias-attentionbound" aria-label="Permalink to &quot;Type Alias: AttentionBound&quot;">​</a></h1><blockquote><p><strong>AttentionBound</strong> = <code>&quot;compute&quot;</code> | <code>&quot;memory&quot;</code> | <code>&quot;mixed&quot;</code> | <code>&quot;none&quot;</code></p></blockquote><p>Whether attention cost is set by compute, by memory traffic, or by both across kinds; <code>none</code> when attention does no work (context 0 with only softmax layers).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/type-aliases/AttentionBound.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionBound = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionBound as default
};
