import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: DefaultedField","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/DefaultedField.md","filePath":"api/catalog/interfaces/DefaultedField.md"}');
const _sfc_main = { name: "api/catalog/interfaces/DefaultedField.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / DefaultedField</p><h1 id="interface-defaultedfield" tabindex="-1">Interface: DefaultedField <a class="header-anchor" href="#interface-defaultedfield" aria-label="Permalink to &quot;Interface: DefaultedField&quot;">​</a></h1><p>A field the imported file lacks and that took its Hugging Face config class&#39;s default.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="field" tabindex="-1">field <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field&quot;">​</a></h3><blockquote><p><strong>field</strong>: <code>string</code></p></blockquote><hr><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><blockquote><p><strong>source</strong>: <code>string</code></p></blockquote><p>Where the default comes from, for example <code>DeepseekV3Config</code>.</p><hr><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><blockquote><p><strong>value</strong>: <code>unknown</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/DefaultedField.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DefaultedField = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DefaultedField as default
};
