import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: getPreset()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/getPreset.md","filePath":"api/prfaas/functions/getPreset.md"}');
const _sfc_main = { name: "api/prfaas/functions/getPreset.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / getPreset</p><h1 id="function-getpreset" tabindex="-1">Function: getPreset() <a class="header-anchor" href="#function-getpreset" aria-label="Permalink to &quot;Function: getPreset()&quot;">​</a></h1><blockquote><p><strong>getPreset</strong>(<code>id</code>): <a href="./../interfaces/PrfaasPreset"><code>PrfaasPreset</code></a></p></blockquote><p>Returns the built-in preset <code>id</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="id" tabindex="-1">id <a class="header-anchor" href="#id" aria-label="Permalink to &quot;id&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/PrfaasPreset"><code>PrfaasPreset</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>UNKNOWN_ID</code> naming the known ids.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/getPreset.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const getPreset = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  getPreset as default
};
