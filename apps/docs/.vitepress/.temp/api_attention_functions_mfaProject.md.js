import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mfaProject()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/mfaProject.md","filePath":"api/attention/functions/mfaProject.md"}');
const _sfc_main = { name: "api/attention/functions/mfaProject.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / mfaProject</p><h1 id="function-mfaproject" tabindex="-1">Function: mfaProject() <a class="header-anchor" href="#function-mfaproject" aria-label="Permalink to &quot;Function: mfaProject()&quot;">​</a></h1><blockquote><p><strong>mfaProject</strong>(<code>x</code>, <code>weights</code>, <code>options</code>): <a href="./../interfaces/MfaProjection"><code>MfaProjection</code></a></p></blockquote><p>Projects PreNorm outputs <code>x</code> (<code>[T, d_model]</code>) to MFA queries, key and value: the fused down-projection, RMSNorm on the query latent, the per-head up-projection, then RoPE on every query head and on the key. The key is returned after RoPE, as vLLM caches it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><p><a href="./../interfaces/MfaWeights"><code>MfaWeights</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/MfaOptions"><code>MfaOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MfaProjection"><code>MfaProjection</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/mfaProject.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mfaProject = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mfaProject as default
};
