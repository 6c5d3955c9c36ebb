import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: importHfConfigText()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/importHfConfigText.md","filePath":"api/catalog/functions/importHfConfigText.md"}');
const _sfc_main = { name: "api/catalog/functions/importHfConfigText.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / importHfConfigText</p><h1 id="function-importhfconfigtext" tabindex="-1">Function: importHfConfigText() <a class="header-anchor" href="#function-importhfconfigtext" aria-label="Permalink to &quot;Function: importHfConfigText()&quot;">​</a></h1><blockquote><p><strong>importHfConfigText</strong>(<code>text</code>, <code>options?</code>): <a href="./../interfaces/HfImportResult"><code>HfImportResult</code></a></p></blockquote><p>Parses config.json text and imports it; malformed JSON is <code>INVALID_JSON</code> naming the file.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/HfImportOptions"><code>HfImportOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/HfImportResult"><code>HfImportResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/importHfConfigText.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const importHfConfigText = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  importHfConfigText as default
};
