import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: keyReuseMatrix()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/keyReuseMatrix.md","filePath":"api/attention/functions/keyReuseMatrix.md"}');
const _sfc_main = { name: "api/attention/functions/keyReuseMatrix.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / keyReuseMatrix</p><h1 id="function-keyreusematrix" tabindex="-1">Function: keyReuseMatrix() <a class="header-anchor" href="#function-keyreusematrix" aria-label="Permalink to &quot;Function: keyReuseMatrix()&quot;">​</a></h1><blockquote><p><strong>keyReuseMatrix</strong>(<code>reuseMatrix</code>, <code>reuseGate</code>, <code>order</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Returns the MFA-KR value map <code>M</code> (<code>[d_h, d_h]</code>, row-vector convention <code>v = k·M</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="reusematrix" tabindex="-1">reuseMatrix <a class="header-anchor" href="#reusematrix" aria-label="Permalink to &quot;reuseMatrix&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="reusegate" tabindex="-1">reuseGate <a class="header-anchor" href="#reusegate" aria-label="Permalink to &quot;reuseGate&quot;">​</a></h3><p><code>Float32Array</code></p><h3 id="order" tabindex="-1">order <a class="header-anchor" href="#order" aria-label="Permalink to &quot;order&quot;">​</a></h3><p><a href="./../type-aliases/KeyReuseOrder"><code>KeyReuseOrder</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/keyReuseMatrix.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const keyReuseMatrix = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  keyReuseMatrix as default
};
