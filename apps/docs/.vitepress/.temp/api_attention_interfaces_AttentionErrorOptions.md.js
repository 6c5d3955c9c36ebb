import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttentionErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/AttentionErrorOptions.md","filePath":"api/attention/interfaces/AttentionErrorOptions.md"}');
const _sfc_main = { name: "api/attention/interfaces/AttentionErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttentionErrorOptions</p><h1 id="interface-attentionerroroptions" tabindex="-1">Interface: AttentionErrorOptions <a class="header-anchor" href="#interface-attentionerroroptions" aria-label="Permalink to &quot;Interface: AttentionErrorOptions&quot;">​</a></h1><p>Options of <a href="./../classes/AttentionError">AttentionError</a>: the field at fault, its value and the underlying error.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cause?</strong>: <code>unknown</code></p></blockquote><hr><h3 id="field" tabindex="-1">field? <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>field?</strong>: <code>string</code></p></blockquote><hr><h3 id="value" tabindex="-1">value? <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>value?</strong>: <code>unknown</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/AttentionErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttentionErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttentionErrorOptions as default
};
