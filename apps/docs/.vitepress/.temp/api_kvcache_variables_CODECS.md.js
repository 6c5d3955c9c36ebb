import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CODECS","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/variables/CODECS.md","filePath":"api/kvcache/variables/CODECS.md"}');
const _sfc_main = { name: "api/kvcache/variables/CODECS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / CODECS</p><h1 id="variable-codecs" tabindex="-1">Variable: CODECS <a class="header-anchor" href="#variable-codecs" aria-label="Permalink to &quot;Variable: CODECS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CODECS</strong>: <code>{ [K in PlaneEncoding[&quot;codec&quot;]]: ChunkCodec&lt;Extract&lt;PlaneEncoding, { codec: K }&gt;&gt; }</code></p></blockquote><p>The codec of each encoding kind.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/variables/CODECS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CODECS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CODECS as default
};
