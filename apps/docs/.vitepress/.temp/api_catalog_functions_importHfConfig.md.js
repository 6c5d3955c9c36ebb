import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: importHfConfig()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/importHfConfig.md","filePath":"api/catalog/functions/importHfConfig.md"}');
const _sfc_main = { name: "api/catalog/functions/importHfConfig.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / importHfConfig</p><h1 id="function-importhfconfig" tabindex="-1">Function: importHfConfig() <a class="header-anchor" href="#function-importhfconfig" aria-label="Permalink to &quot;Function: importHfConfig()&quot;">​</a></h1><blockquote><p><strong>importHfConfig</strong>(<code>config</code>, <code>options?</code>): <a href="./../interfaces/HfImportResult"><code>HfImportResult</code></a></p></blockquote><p>Imports a Hugging Face <code>config.json</code> (already parsed) as a <a href="./../interfaces/ModelDescriptor">ModelDescriptor</a>.</p><p>Core dimensions (hidden size, layer count, head counts, latent ranks, FFN widths) are required, and a missing one is <code>MISSING_CONFIG_FIELD</code> naming the field and the file. Structural fields that a file may omit (layer patterns, dense-layer counts, <code>head_dim</code> where the class derives it) take the class&#39;s default and are listed in <code>defaultedFields</code>. The KV element type comes from the model family, never from <code>torch_dtype</code>, and multi-token-prediction layers are skipped. Attention dimensions that do not fit together (KV heads that do not divide query heads) are <code>INVALID_MODEL_CONFIG</code> naming the file.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="config" tabindex="-1">config <a class="header-anchor" href="#config" aria-label="Permalink to &quot;config&quot;">​</a></h3><p><code>unknown</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/HfImportOptions"><code>HfImportOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/HfImportResult"><code>HfImportResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/importHfConfig.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const importHfConfig = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  importHfConfig as default
};
