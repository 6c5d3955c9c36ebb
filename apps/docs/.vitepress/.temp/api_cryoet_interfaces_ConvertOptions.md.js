import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ConvertOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ConvertOptions.md","filePath":"api/cryoet/interfaces/ConvertOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ConvertOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ConvertOptions</p><h1 id="interface-convertoptions" tabindex="-1">Interface: ConvertOptions <a class="header-anchor" href="#interface-convertoptions" aria-label="Permalink to &quot;Interface: ConvertOptions&quot;">​</a></h1><p>Options of <a href="./../functions/convertData">convertData</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="overflow" tabindex="-1">overflow? <a class="header-anchor" href="#overflow" aria-label="Permalink to &quot;overflow?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>overflow?</strong>: <code>&quot;error&quot;</code> | <code>&quot;clip&quot;</code></p></blockquote><p>Handling of values outside the target range: <code>error</code> (default) or <code>clip</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ConvertOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ConvertOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ConvertOptions as default
};
