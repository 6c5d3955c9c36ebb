import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ChunkedKeysConvention","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/ChunkedKeysConvention.md","filePath":"api/attention/type-aliases/ChunkedKeysConvention.md"}');
const _sfc_main = { name: "api/attention/type-aliases/ChunkedKeysConvention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / ChunkedKeysConvention</p><h1 id="type-alias-chunkedkeysconvention" tabindex="-1">Type Alias: ChunkedKeysConvention <a class="header-anchor" href="#type-alias-chunkedkeysconvention" aria-label="Permalink to &quot;Type Alias: ChunkedKeysConvention&quot;">​</a></h1><blockquote><p><strong>ChunkedKeysConvention</strong> = <code>&quot;max&quot;</code> | <code>&quot;position&quot;</code></p></blockquote><p>How many keys a token in a chunked layer sees. <code>max</code> (default) is the most any token can see, <code>min(S, W)</code>. <code>position</code> uses the decoded token&#39;s place in its chunk, <code>(S mod W) + 1</code>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/ChunkedKeysConvention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChunkedKeysConvention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChunkedKeysConvention as default
};
