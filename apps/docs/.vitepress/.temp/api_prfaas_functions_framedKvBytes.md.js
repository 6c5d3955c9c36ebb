import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: framedKvBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/framedKvBytes.md","filePath":"api/prfaas/functions/framedKvBytes.md"}');
const _sfc_main = { name: "api/prfaas/functions/framedKvBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / framedKvBytes</p><h1 id="function-framedkvbytes" tabindex="-1">Function: framedKvBytes() <a class="header-anchor" href="#function-framedkvbytes" aria-label="Permalink to &quot;Function: framedKvBytes()&quot;">​</a></h1><blockquote><p><strong>framedKvBytes</strong>(<code>model</code>, <code>tokens</code>, <code>codec</code>): <code>number</code></p></blockquote><p>Returns the bytes one request&#39;s KV cache and state take on the wire after <code>tokens</code> tokens, as a <code>@modelsys/kvcache</code> frame under the codec preset <code>codec</code> (for example <code>fp8-e4m3fn</code> or <code>kivi-int4</code>): every plane of the model, encoded, with the frame&#39;s header, plane table, chunk index and alignment. Throws the kvcache package&#39;s <code>INVALID_ARGUMENT</code> for an unknown codec.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><p><code>number</code></p><h3 id="codec" tabindex="-1">codec <a class="header-anchor" href="#codec" aria-label="Permalink to &quot;codec&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/framedKvBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const framedKvBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  framedKvBytes as default
};
