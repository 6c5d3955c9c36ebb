import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PUBLISHED_OPERATING_POINT","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/PUBLISHED_OPERATING_POINT.md","filePath":"api/prfaas/variables/PUBLISHED_OPERATING_POINT.md"}');
const _sfc_main = { name: "api/prfaas/variables/PUBLISHED_OPERATING_POINT.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PUBLISHED_OPERATING_POINT</p><h1 id="variable-published-operating-point" tabindex="-1">Variable: PUBLISHED_OPERATING_POINT <a class="header-anchor" href="#variable-published-operating-point" aria-label="Permalink to &quot;Variable: PUBLISHED\\_OPERATING\\_POINT&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PUBLISHED_OPERATING_POINT</strong>: <code>object</code></p></blockquote><p>The published operating point: t = 19,400 tokens (19.4K read as thousands), 3 PD-P and 5 PD-D.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="pddecodeinstances" tabindex="-1">pdDecodeInstances <a class="header-anchor" href="#pddecodeinstances" aria-label="Permalink to &quot;pdDecodeInstances&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>pdDecodeInstances</strong>: <code>5</code> = <code>5</code></p></blockquote><h3 id="pdprefillinstances" tabindex="-1">pdPrefillInstances <a class="header-anchor" href="#pdprefillinstances" aria-label="Permalink to &quot;pdPrefillInstances&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>pdPrefillInstances</strong>: <code>3</code> = <code>3</code></p></blockquote><h3 id="thresholdtokens" tabindex="-1">thresholdTokens <a class="header-anchor" href="#thresholdtokens" aria-label="Permalink to &quot;thresholdTokens&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>thresholdTokens</strong>: <code>19400</code> = <code>19_400</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/PUBLISHED_OPERATING_POINT.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PUBLISHED_OPERATING_POINT = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PUBLISHED_OPERATING_POINT as default
};
