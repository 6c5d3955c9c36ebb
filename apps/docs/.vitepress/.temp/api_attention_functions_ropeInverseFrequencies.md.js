import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: ropeInverseFrequencies()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/ropeInverseFrequencies.md","filePath":"api/attention/functions/ropeInverseFrequencies.md"}');
const _sfc_main = { name: "api/attention/functions/ropeInverseFrequencies.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / ropeInverseFrequencies</p><h1 id="function-ropeinversefrequencies" tabindex="-1">Function: ropeInverseFrequencies() <a class="header-anchor" href="#function-ropeinversefrequencies" aria-label="Permalink to &quot;Function: ropeInverseFrequencies()&quot;">​</a></h1><blockquote><p><strong>ropeInverseFrequencies</strong>(<code>rotaryDim</code>, <code>theta</code>): <code>Float64Array</code></p></blockquote><p>Returns <code>ω_k = theta^(−2k/d_rot)</code> for <code>k = 0 … d_rot/2 − 1</code>; the exponent uses <code>d_rot</code>, not <code>d</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rotarydim" tabindex="-1">rotaryDim <a class="header-anchor" href="#rotarydim" aria-label="Permalink to &quot;rotaryDim&quot;">​</a></h3><p><code>number</code></p><h3 id="theta" tabindex="-1">theta <a class="header-anchor" href="#theta" aria-label="Permalink to &quot;theta&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Float64Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/ropeInverseFrequencies.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ropeInverseFrequencies = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ropeInverseFrequencies as default
};
