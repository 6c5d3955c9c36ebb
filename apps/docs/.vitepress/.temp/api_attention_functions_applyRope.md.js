import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: applyRope()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/applyRope.md","filePath":"api/attention/functions/applyRope.md"}');
const _sfc_main = { name: "api/attention/functions/applyRope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / applyRope</p><h1 id="function-applyrope" tabindex="-1">Function: applyRope() <a class="header-anchor" href="#function-applyrope" aria-label="Permalink to &quot;Function: applyRope()&quot;">​</a></h1><blockquote><p><strong>applyRope</strong>(<code>x</code>, <code>positions</code>, <code>options</code>): <a href="./../interfaces/Tensor"><code>Tensor</code></a></p></blockquote><p>Rotates channel pairs of every head of <code>x</code> (<code>[T, H, d]</code> or <code>[T, d]</code>) by the angle <code>φ_k = p·ω_k</code> of its absolute position <code>p</code>: <code>(a, b) → (a·cos φ − b·sin φ, a·sin φ + b·cos φ)</code>. Channels from <code>d_rot</code> on pass through unchanged. Rotate values never; only queries and keys.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="positions" tabindex="-1">positions <a class="header-anchor" href="#positions" aria-label="Permalink to &quot;positions&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/RopeOptions"><code>RopeOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/applyRope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const applyRope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  applyRope as default
};
