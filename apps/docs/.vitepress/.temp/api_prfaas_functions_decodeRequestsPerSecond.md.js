import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decodeRequestsPerSecond()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/decodeRequestsPerSecond.md","filePath":"api/prfaas/functions/decodeRequestsPerSecond.md"}');
const _sfc_main = { name: "api/prfaas/functions/decodeRequestsPerSecond.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / decodeRequestsPerSecond</p><h1 id="function-decoderequestspersecond" tabindex="-1">Function: decodeRequestsPerSecond() <a class="header-anchor" href="#function-decoderequestspersecond" aria-label="Permalink to &quot;Function: decodeRequestsPerSecond()&quot;">​</a></h1><blockquote><p><strong>decodeRequestsPerSecond</strong>(<code>capacity</code>, <code>outputTokens</code>): <code>number</code></p></blockquote><p>Requests per second one decode instance completes: BS_max / (T_decode · L_out).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="capacity" tabindex="-1">capacity <a class="header-anchor" href="#capacity" aria-label="Permalink to &quot;capacity&quot;">​</a></h3><p><a href="./../interfaces/DecodeCapacity"><code>DecodeCapacity</code></a></p><h3 id="outputtokens" tabindex="-1">outputTokens <a class="header-anchor" href="#outputtokens" aria-label="Permalink to &quot;outputTokens&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/decodeRequestsPerSecond.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decodeRequestsPerSecond = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decodeRequestsPerSecond as default
};
