import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: EncodedMrc","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/EncodedMrc.md","filePath":"api/cryoet/interfaces/EncodedMrc.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/EncodedMrc.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / EncodedMrc</p><h1 id="interface-encodedmrc" tabindex="-1">Interface: EncodedMrc <a class="header-anchor" href="#interface-encodedmrc" aria-label="Permalink to &quot;Interface: EncodedMrc&quot;">​</a></h1><p>Result of <a href="./../functions/encodeMrc">encodeMrc</a>: the file bytes, the header as stored (floats rounded to float32) and any warnings.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><strong>bytes</strong>: <code>Uint8Array</code></p></blockquote><hr><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><blockquote><p><strong>header</strong>: <a href="./MrcHeader"><code>MrcHeader</code></a></p></blockquote><hr><h3 id="warnings" tabindex="-1">warnings <a class="header-anchor" href="#warnings" aria-label="Permalink to &quot;warnings&quot;">​</a></h3><blockquote><p><strong>warnings</strong>: <a href="./MrcWarning"><code>MrcWarning</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/EncodedMrc.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EncodedMrc = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EncodedMrc as default
};
