import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ThresholdChange","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ThresholdChange.md","filePath":"api/prfaas/interfaces/ThresholdChange.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ThresholdChange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ThresholdChange</p><h1 id="interface-thresholdchange" tabindex="-1">Interface: ThresholdChange <a class="header-anchor" href="#interface-thresholdchange" aria-label="Permalink to &quot;Interface: ThresholdChange&quot;">​</a></h1><p>One threshold change: from <code>timeUs</code> on, requests offload above <code>thresholdTokens</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="thresholdtokens" tabindex="-1">thresholdTokens <a class="header-anchor" href="#thresholdtokens" aria-label="Permalink to &quot;thresholdTokens&quot;">​</a></h3><blockquote><p><strong>thresholdTokens</strong>: <code>number</code></p></blockquote><hr><h3 id="timeus" tabindex="-1">timeUs <a class="header-anchor" href="#timeus" aria-label="Permalink to &quot;timeUs&quot;">​</a></h3><blockquote><p><strong>timeUs</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ThresholdChange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ThresholdChange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ThresholdChange as default
};
