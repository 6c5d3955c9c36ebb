import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ModelPlanesOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/ModelPlanesOptions.md","filePath":"api/kvcache/interfaces/ModelPlanesOptions.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/ModelPlanesOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ModelPlanesOptions</p><h1 id="interface-modelplanesoptions" tabindex="-1">Interface: ModelPlanesOptions <a class="header-anchor" href="#interface-modelplanesoptions" aria-label="Permalink to &quot;Interface: ModelPlanesOptions&quot;">​</a></h1><p>Options of <a href="./../functions/modelPlanes">modelPlanes</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="contexttokens" tabindex="-1">contextTokens <a class="header-anchor" href="#contexttokens" aria-label="Permalink to &quot;contextTokens&quot;">​</a></h3><blockquote><p><strong>contextTokens</strong>: <code>number</code></p></blockquote><p>Tokens of the request&#39;s context.</p><hr><h3 id="elementtype" tabindex="-1">elementType? <a class="header-anchor" href="#elementtype" aria-label="Permalink to &quot;elementType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>elementType?</strong>: <a href="./../type-aliases/DecodedElementType"><code>DecodedElementType</code></a></p></blockquote><p>Element type of K, V and latent planes as the engine holds them. Default bf16.</p><hr><h3 id="firsttoken" tabindex="-1">firstToken? <a class="header-anchor" href="#firsttoken" aria-label="Permalink to &quot;firstToken?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>firstToken?</strong>: <code>number</code></p></blockquote><p>Absolute index of the first token. Default 0.</p><hr><h3 id="stateelementtype" tabindex="-1">stateElementType? <a class="header-anchor" href="#stateelementtype" aria-label="Permalink to &quot;stateElementType?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stateElementType?</strong>: <a href="./../type-aliases/DecodedElementType"><code>DecodedElementType</code></a></p></blockquote><p>Element type of linear-attention states. Default fp32, as the <code>fla</code> kernels keep it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/ModelPlanesOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModelPlanesOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModelPlanesOptions as default
};
