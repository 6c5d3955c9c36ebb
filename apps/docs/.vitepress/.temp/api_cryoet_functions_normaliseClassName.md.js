import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: normaliseClassName()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/normaliseClassName.md","filePath":"api/cryoet/functions/normaliseClassName.md"}');
const _sfc_main = { name: "api/cryoet/functions/normaliseClassName.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / normaliseClassName</p><h1 id="function-normaliseclassname" tabindex="-1">Function: normaliseClassName() <a class="header-anchor" href="#function-normaliseclassname" aria-label="Permalink to &quot;Function: normaliseClassName()&quot;">​</a></h1><blockquote><p><strong>normaliseClassName</strong>(<code>name</code>): <code>&quot;4V94&quot;</code> | <code>&quot;4CR2&quot;</code> | <code>&quot;1QVR&quot;</code> | <code>&quot;1BXN&quot;</code> | <code>&quot;3CF3&quot;</code> | <code>&quot;1U6G&quot;</code> | <code>&quot;3D2F&quot;</code> | <code>&quot;2CG9&quot;</code> | <code>&quot;3H84&quot;</code> | <code>&quot;3GL1&quot;</code> | <code>&quot;3QM1&quot;</code> | <code>&quot;1S3X&quot;</code> | <code>&quot;5MRC&quot;</code> | <code>&quot;vesicle&quot;</code> | <code>&quot;fiducial&quot;</code> | <code>undefined</code></p></blockquote><p>Normalises a class name: <code>fiducial</code> and <code>vesicle</code> match case-insensitively and become lower case, every other name is upper-cased. Returns undefined for a name outside the 15 classes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>&quot;4V94&quot;</code> | <code>&quot;4CR2&quot;</code> | <code>&quot;1QVR&quot;</code> | <code>&quot;1BXN&quot;</code> | <code>&quot;3CF3&quot;</code> | <code>&quot;1U6G&quot;</code> | <code>&quot;3D2F&quot;</code> | <code>&quot;2CG9&quot;</code> | <code>&quot;3H84&quot;</code> | <code>&quot;3GL1&quot;</code> | <code>&quot;3QM1&quot;</code> | <code>&quot;1S3X&quot;</code> | <code>&quot;5MRC&quot;</code> | <code>&quot;vesicle&quot;</code> | <code>&quot;fiducial&quot;</code> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/normaliseClassName.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const normaliseClassName = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  normaliseClassName as default
};
