import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: theoreticalKvBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/theoreticalKvBytes.md","filePath":"api/prfaas/functions/theoreticalKvBytes.md"}');
const _sfc_main = { name: "api/prfaas/functions/theoreticalKvBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / theoreticalKvBytes</p><h1 id="function-theoreticalkvbytes" tabindex="-1">Function: theoreticalKvBytes() <a class="header-anchor" href="#function-theoreticalkvbytes" aria-label="Permalink to &quot;Function: theoreticalKvBytes()&quot;">​</a></h1><blockquote><p><strong>theoreticalKvBytes</strong>(<code>model</code>, <code>tokens</code>, <code>storage?</code>): <code>number</code></p></blockquote><p>Returns the theoretical bytes of one request&#39;s KV cache and state after <code>tokens</code> tokens: per softmax layer, cache elements per token × visible keys × element bytes (a sliding window keeps at most its window), plus the fixed state of every linear-attention layer (fixedStateBytes).</p><p>This is the raw size with no codec or framing; <code>framedKvBytes</code> gives the size on the wire under a <code>@modelsys/kvcache</code> codec.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><p><code>number</code></p><h3 id="storage" tabindex="-1">storage? <a class="header-anchor" href="#storage" aria-label="Permalink to &quot;storage?&quot;">​</a></h3><p><a href="./../interfaces/KvStorage"><code>KvStorage</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/theoreticalKvBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const theoreticalKvBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  theoreticalKvBytes as default
};
