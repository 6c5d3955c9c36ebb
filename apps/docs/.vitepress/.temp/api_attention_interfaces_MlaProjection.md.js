import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MlaProjection","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/MlaProjection.md","filePath":"api/attention/interfaces/MlaProjection.md"}');
const _sfc_main = { name: "api/attention/interfaces/MlaProjection.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MlaProjection</p><h1 id="interface-mlaprojection" tabindex="-1">Interface: MlaProjection <a class="header-anchor" href="#interface-mlaprojection" aria-label="Permalink to &quot;Interface: MlaProjection&quot;">​</a></h1><p>MLA queries and cache rows of <code>T</code> tokens.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cacherows" tabindex="-1">cacheRows <a class="header-anchor" href="#cacherows" aria-label="Permalink to &quot;cacheRows&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>cacheRows</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p>Cache rows <code>[T, d_c + d_r]</code>: <code>c_kv</code> (after RMSNorm), then <code>k_pe</code> (after RoPE, in the model&#39;s channel order).</p><hr><h3 id="querynope" tabindex="-1">queryNope <a class="header-anchor" href="#querynope" aria-label="Permalink to &quot;queryNope&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>queryNope</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p><code>[T, H, d_n]</code>.</p><hr><h3 id="querype" tabindex="-1">queryPe <a class="header-anchor" href="#querype" aria-label="Permalink to &quot;queryPe&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>queryPe</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><p><code>[T, H, d_r]</code>, after RoPE.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/MlaProjection.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MlaProjection = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MlaProjection as default
};
