import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: HfImportResult","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/interfaces/HfImportResult.md","filePath":"api/catalog/interfaces/HfImportResult.md"}');
const _sfc_main = { name: "api/catalog/interfaces/HfImportResult.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / HfImportResult</p><h1 id="interface-hfimportresult" tabindex="-1">Interface: HfImportResult <a class="header-anchor" href="#interface-hfimportresult" aria-label="Permalink to &quot;Interface: HfImportResult&quot;">​</a></h1><p>The imported descriptor with everything the import assumed.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="architecture" tabindex="-1">architecture <a class="header-anchor" href="#architecture" aria-label="Permalink to &quot;architecture&quot;">​</a></h3><blockquote><p><strong>architecture</strong>: <code>string</code></p></blockquote><hr><h3 id="defaultedfields" tabindex="-1">defaultedFields <a class="header-anchor" href="#defaultedfields" aria-label="Permalink to &quot;defaultedFields&quot;">​</a></h3><blockquote><p><strong>defaultedFields</strong>: <a href="./DefaultedField"><code>DefaultedField</code></a>[]</p></blockquote><p>Fields the file lacks that took their config class&#39;s default.</p><hr><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><blockquote><p><strong>model</strong>: <a href="./ModelDescriptor"><code>ModelDescriptor</code></a></p></blockquote><hr><h3 id="notes" tabindex="-1">notes <a class="header-anchor" href="#notes" aria-label="Permalink to &quot;notes&quot;">​</a></h3><blockquote><p><strong>notes</strong>: <code>string</code>[]</p></blockquote><p>What the import skipped or dropped (multi-token-prediction layers, removed tail layers).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/interfaces/HfImportResult.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const HfImportResult = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  HfImportResult as default
};
