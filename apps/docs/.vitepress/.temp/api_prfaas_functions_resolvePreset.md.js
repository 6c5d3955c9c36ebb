import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: resolvePreset()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/resolvePreset.md","filePath":"api/prfaas/functions/resolvePreset.md"}');
const _sfc_main = { name: "api/prfaas/functions/resolvePreset.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / resolvePreset</p><h1 id="function-resolvepreset" tabindex="-1">Function: resolvePreset() <a class="header-anchor" href="#function-resolvepreset" aria-label="Permalink to &quot;Function: resolvePreset()&quot;">​</a></h1><blockquote><p><strong>resolvePreset</strong>(<code>preset</code>): <a href="./../interfaces/ResolvedPreset"><code>ResolvedPreset</code></a></p></blockquote><p>Resolves hardware, the PrfaaS profile, the PD-P derivation and the decode capacity of <code>preset</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="preset" tabindex="-1">preset <a class="header-anchor" href="#preset" aria-label="Permalink to &quot;preset&quot;">​</a></h3><p><a href="./../interfaces/PrfaasPreset"><code>PrfaasPreset</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ResolvedPreset"><code>ResolvedPreset</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/resolvePreset.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const resolvePreset = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  resolvePreset as default
};
