import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfImportOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/HfImportOptions.md","filePath":"api/catalog/interfaces/HfImportOptions.md"}');
const _sfc_main = { name: "api/catalog/interfaces/HfImportOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / HfImportOptions</p><h1 id="interface-hfimportoptions" tabindex="-1">Interface: HfImportOptions <a class="header-anchor" href="#interface-hfimportoptions" aria-label="Permalink to &quot;Interface: HfImportOptions&quot;">​</a></h1><p>Options of <a href="./../functions/importHfConfig">importHfConfig</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>file?</strong>: <code>string</code></p></blockquote><p>Name of the file in error messages and the descriptor&#39;s <code>source</code>. Default <code>config.json</code>.</p><hr><h3 id="id" tabindex="-1">id? <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>id?</strong>: <code>string</code></p></blockquote><p>Descriptor id. Default: derived from <code>file</code>.</p><hr><h3 id="name" tabindex="-1">name? <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>name?</strong>: <code>string</code></p></blockquote><p>Descriptor name. Default: the id.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/HfImportOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfImportOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfImportOptions as default
};
