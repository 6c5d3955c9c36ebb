import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: residualActivationElementsPerToken()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/residualActivationElementsPerToken.md","filePath":"api/attention/functions/residualActivationElementsPerToken.md"}');
const _sfc_main = { name: "api/attention/functions/residualActivationElementsPerToken.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / residualActivationElementsPerToken</p><h1 id="function-residualactivationelementspertoken" tabindex="-1">Function: residualActivationElementsPerToken() <a class="header-anchor" href="#function-residualactivationelementspertoken" aria-label="Permalink to &quot;Function: residualActivationElementsPerToken()&quot;">​</a></h1><blockquote><p><strong>residualActivationElementsPerToken</strong>(<code>scheme</code>, <code>modelWidth</code>): <code>number</code></p></blockquote><p>Returns the live residual activations per token, in elements: <code>d</code> for a standard residual, <code>(L + 1)·d</code> for full AttnRes and <code>(N + 1)·d</code> for Block AttnRes. Multiply by the element size for bytes. AttnRes keeps nothing across time steps.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="scheme" tabindex="-1">scheme <a class="header-anchor" href="#scheme" aria-label="Permalink to &quot;scheme&quot;">​</a></h3><p><a href="./../type-aliases/ResidualScheme"><code>ResidualScheme</code></a></p><h3 id="modelwidth" tabindex="-1">modelWidth <a class="header-anchor" href="#modelwidth" aria-label="Permalink to &quot;modelWidth&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/residualActivationElementsPerToken.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const residualActivationElementsPerToken = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  residualActivationElementsPerToken as default
};
