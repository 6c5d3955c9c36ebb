import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ChecksumFunction","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/ChecksumFunction.md","filePath":"api/kvcache/type-aliases/ChecksumFunction.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/ChecksumFunction.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / ChecksumFunction</p><h1 id="type-alias-checksumfunction" tabindex="-1">Type Alias: ChecksumFunction <a class="header-anchor" href="#type-alias-checksumfunction" aria-label="Permalink to &quot;Type Alias: ChecksumFunction&quot;">​</a></h1><blockquote><p><strong>ChecksumFunction</strong> = (<code>bytes</code>) =&gt; <code>bigint</code></p></blockquote><p>Computes one checksum as a 64-bit unsigned value (32-bit results zero-extended).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>bigint</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/ChecksumFunction.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ChecksumFunction = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ChecksumFunction as default
};
