import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: KvCacheView","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/KvCacheView.md","filePath":"api/attention/interfaces/KvCacheView.md"}');
const _sfc_main = { name: "api/attention/interfaces/KvCacheView.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / KvCacheView</p><h1 id="interface-kvcacheview" tabindex="-1">Interface: KvCacheView <a class="header-anchor" href="#interface-kvcacheview" aria-label="Permalink to &quot;Interface: KvCacheView&quot;">​</a></h1><p>The cached keys, values and absolute positions a decode step attends to, in slot order.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="key" tabindex="-1">key <a class="header-anchor" href="#key" aria-label="Permalink to &quot;key&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>key</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><hr><h3 id="positions" tabindex="-1">positions <a class="header-anchor" href="#positions" aria-label="Permalink to &quot;positions&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>positions</strong>: <code>Float64Array</code></p></blockquote><hr><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>value</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/KvCacheView.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KvCacheView = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KvCacheView as default
};
