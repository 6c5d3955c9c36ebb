import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseAzureTimestampUs()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/parseAzureTimestampUs.md","filePath":"api/prfaas/functions/parseAzureTimestampUs.md"}');
const _sfc_main = { name: "api/prfaas/functions/parseAzureTimestampUs.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / parseAzureTimestampUs</p><h1 id="function-parseazuretimestampus" tabindex="-1">Function: parseAzureTimestampUs() <a class="header-anchor" href="#function-parseazuretimestampus" aria-label="Permalink to &quot;Function: parseAzureTimestampUs()&quot;">​</a></h1><blockquote><p><strong>parseAzureTimestampUs</strong>(<code>text</code>): <code>number</code> | <code>null</code></p></blockquote><p>Parses an Azure wall-clock timestamp such as <code>2023-11-16 18:17:03.9799600</code> by hand into microseconds since 1970 (UTC assumed; only differences are used). <code>Date</code> neither parses this form portably nor keeps digits below 1 ms. Returns null for text of another form or a field out of range, such as month 13, 30 February or minute 60.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/parseAzureTimestampUs.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseAzureTimestampUs = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseAzureTimestampUs as default
};
