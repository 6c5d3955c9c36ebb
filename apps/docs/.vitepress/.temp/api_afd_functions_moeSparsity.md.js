import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: moeSparsity()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/moeSparsity.md","filePath":"api/afd/functions/moeSparsity.md"}');
const _sfc_main = { name: "api/afd/functions/moeSparsity.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / moeSparsity</p><h1 id="function-moesparsity" tabindex="-1">Function: moeSparsity() <a class="header-anchor" href="#function-moesparsity" aria-label="Permalink to &quot;Function: moeSparsity()&quot;">​</a></h1><blockquote><p><strong>moeSparsity</strong>(<code>model</code>, <code>sharedInDenominator?</code>): <code>number</code></p></blockquote><p>Returns the MoE sparsity <code>s</code>, active over total experts: <code>(k + n_s) / (N + n_s)</code> by default, or <code>(k + n_s) / N</code> without shared experts in the denominator (the report uses both: 4/49 and 4/48 for Step-3). Dense models return 1.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="sharedindenominator" tabindex="-1">sharedInDenominator? <a class="header-anchor" href="#sharedindenominator" aria-label="Permalink to &quot;sharedInDenominator?&quot;">​</a></h3><p><code>boolean</code> = <code>true</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/moeSparsity.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const moeSparsity = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  moeSparsity as default
};
