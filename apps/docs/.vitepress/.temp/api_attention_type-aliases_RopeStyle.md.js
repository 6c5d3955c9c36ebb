import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: RopeStyle","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/RopeStyle.md","filePath":"api/attention/type-aliases/RopeStyle.md"}');
const _sfc_main = { name: "api/attention/type-aliases/RopeStyle.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / RopeStyle</p><h1 id="type-alias-ropestyle" tabindex="-1">Type Alias: RopeStyle <a class="header-anchor" href="#type-alias-ropestyle" aria-label="Permalink to &quot;Type Alias: RopeStyle&quot;">​</a></h1><blockquote><p><strong>RopeStyle</strong> = <code>&quot;rotate-half&quot;</code> | <code>&quot;interleaved&quot;</code></p></blockquote><p>How RoPE pairs channels. <code>rotate-half</code> (GPT-NeoX, Hugging Face <code>rotate_half</code>, vLLM <code>is_neox_style=True</code>) pairs <code>(k, k + d_rot/2)</code>; <code>interleaved</code> (GPT-J, the complex view, vLLM <code>is_neox_style=False</code>) pairs <code>(2k, 2k + 1)</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/RopeStyle.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RopeStyle = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RopeStyle as default
};
