import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modelPlanes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/modelPlanes.md","filePath":"api/kvcache/functions/modelPlanes.md"}');
const _sfc_main = { name: "api/kvcache/functions/modelPlanes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / modelPlanes</p><h1 id="function-modelplanes" tabindex="-1">Function: modelPlanes() <a class="header-anchor" href="#function-modelplanes" aria-label="Permalink to &quot;Function: modelPlanes()&quot;">​</a></h1><blockquote><p><strong>modelPlanes</strong>(<code>model</code>, <code>options</code>): <a href="./../interfaces/ModelPlane"><code>ModelPlane</code></a>[]</p></blockquote><p>Returns the planes one request&#39;s cache needs, layer kind by layer kind (layers with the same attention share a plane with a leading layer axis). Full attention: K and V token planes <code>[layers, tokens, kvHeads, headDim]</code> (MFA-KR caches keys only). Sliding and chunked layers: window planes of the last <code>min(tokens, window)</code> tokens, starting at <code>position</code>. MLA: one latent token plane <code>[layers, tokens, 1, kvLoraRank + qkRopeHeadDim]</code>, latent first. Linear attention: a state plane <code>[layers, heads, keyHeadDim, valueHeadDim]</code> valid at token <code>firstToken + contextTokens</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/ModelPlanesOptions"><code>ModelPlanesOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModelPlane"><code>ModelPlane</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/modelPlanes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modelPlanes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modelPlanes as default
};
