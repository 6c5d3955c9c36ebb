import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: PrfaasErrorOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/PrfaasErrorOptions.md","filePath":"api/prfaas/interfaces/PrfaasErrorOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/PrfaasErrorOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PrfaasErrorOptions</p><h1 id="interface-prfaaserroroptions" tabindex="-1">Interface: PrfaasErrorOptions <a class="header-anchor" href="#interface-prfaaserroroptions" aria-label="Permalink to &quot;Interface: PrfaasErrorOptions&quot;">​</a></h1><p>Fields that locate the bad value of a <a href="./../classes/PrfaasError">PrfaasError</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="cause" tabindex="-1">cause? <a class="header-anchor" href="#cause" aria-label="Permalink to &quot;cause?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>cause?</strong>: <code>unknown</code></p></blockquote><hr><h3 id="field" tabindex="-1">field? <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>field?</strong>: <code>string</code></p></blockquote><p>The option, parameter or trace column at fault.</p><hr><h3 id="line" tabindex="-1">line? <a class="header-anchor" href="#line" aria-label="Permalink to &quot;line?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>line?</strong>: <code>number</code></p></blockquote><p>1-based line of a trace file, for <code>MALFORMED_TRACE</code>.</p><hr><h3 id="value" tabindex="-1">value? <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>value?</strong>: <code>unknown</code></p></blockquote><p>The value that was rejected.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/PrfaasErrorOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PrfaasErrorOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PrfaasErrorOptions as default
};
