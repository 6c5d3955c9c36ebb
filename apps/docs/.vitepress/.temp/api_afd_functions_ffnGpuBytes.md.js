import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: ffnGpuBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/ffnGpuBytes.md","filePath":"api/afd/functions/ffnGpuBytes.md"}');
const _sfc_main = { name: "api/afd/functions/ffnGpuBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / ffnGpuBytes</p><h1 id="function-ffngpubytes" tabindex="-1">Function: ffnGpuBytes() <a class="header-anchor" href="#function-ffngpubytes" aria-label="Permalink to &quot;Function: ffnGpuBytes()&quot;">​</a></h1><blockquote><p><strong>ffnGpuBytes</strong>(<code>profiles</code>, <code>input</code>, <code>ffnInstances</code>): <code>number</code></p></blockquote><p>Returns the bytes an FFN GPU holds: all FFN weights spread evenly over the FFN instances&#39; GPUs.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="profiles" tabindex="-1">profiles <a class="header-anchor" href="#profiles" aria-label="Permalink to &quot;profiles&quot;">​</a></h3><p>readonly <a href="./../interfaces/LayerProfile"><code>LayerProfile</code></a>[]</p><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/ResolvedAfdInput"><code>ResolvedAfdInput</code></a></p><h3 id="ffninstances" tabindex="-1">ffnInstances <a class="header-anchor" href="#ffninstances" aria-label="Permalink to &quot;ffnInstances&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/ffnGpuBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ffnGpuBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ffnGpuBytes as default
};
