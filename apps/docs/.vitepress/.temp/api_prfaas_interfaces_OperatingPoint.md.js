import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: OperatingPoint","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/OperatingPoint.md","filePath":"api/prfaas/interfaces/OperatingPoint.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/OperatingPoint.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / OperatingPoint</p><h1 id="interface-operatingpoint" tabindex="-1">Interface: OperatingPoint <a class="header-anchor" href="#interface-operatingpoint" aria-label="Permalink to &quot;Interface: OperatingPoint&quot;">​</a></h1><p>One evaluated grid point.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="pddecodeinstances" tabindex="-1">pdDecodeInstances <a class="header-anchor" href="#pddecodeinstances" aria-label="Permalink to &quot;pdDecodeInstances&quot;">​</a></h3><blockquote><p><strong>pdDecodeInstances</strong>: <code>number</code></p></blockquote><hr><h3 id="pdprefillinstances" tabindex="-1">pdPrefillInstances <a class="header-anchor" href="#pdprefillinstances" aria-label="Permalink to &quot;pdPrefillInstances&quot;">​</a></h3><blockquote><p><strong>pdPrefillInstances</strong>: <code>number</code></p></blockquote><hr><h3 id="result" tabindex="-1">result <a class="header-anchor" href="#result" aria-label="Permalink to &quot;result&quot;">​</a></h3><blockquote><p><strong>result</strong>: <a href="./ThroughputResult"><code>ThroughputResult</code></a></p></blockquote><hr><h3 id="thresholdtokens" tabindex="-1">thresholdTokens <a class="header-anchor" href="#thresholdtokens" aria-label="Permalink to &quot;thresholdTokens&quot;">​</a></h3><blockquote><p><strong>thresholdTokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/OperatingPoint.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const OperatingPoint = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  OperatingPoint as default
};
