import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Sublayer","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/Sublayer.md","filePath":"api/attention/type-aliases/Sublayer.md"}');
const _sfc_main = { name: "api/attention/type-aliases/Sublayer.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / Sublayer</p><h1 id="type-alias-sublayer" tabindex="-1">Type Alias: Sublayer <a class="header-anchor" href="#type-alias-sublayer" aria-label="Permalink to &quot;Type Alias: Sublayer&quot;">​</a></h1><blockquote><p><strong>Sublayer</strong> = (<code>layer</code>, <code>input</code>) =&gt; <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>One sublayer <code>l</code> of the network: it receives the mixed input <code>h_l</code> (<code>[T, d]</code>, before its own PreNorm) and returns its output <code>v_{l+1}</code> (<code>[T, d]</code>). Outputs are copied on return, so the callback may reuse its buffers.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="layer" tabindex="-1">layer <a class="header-anchor" href="#layer" aria-label="Permalink to &quot;layer&quot;">​</a></h3><p><code>number</code></p><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/Sublayer.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Sublayer = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Sublayer as default
};
