import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseBurstGptTrace()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/parseBurstGptTrace.md","filePath":"api/prfaas/functions/parseBurstGptTrace.md"}');
const _sfc_main = { name: "api/prfaas/functions/parseBurstGptTrace.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / parseBurstGptTrace</p><h1 id="function-parseburstgpttrace" tabindex="-1">Function: parseBurstGptTrace() <a class="header-anchor" href="#function-parseburstgpttrace" aria-label="Permalink to &quot;Function: parseBurstGptTrace()&quot;">​</a></h1><blockquote><p><strong>parseBurstGptTrace</strong>(<code>text</code>): <a href="./../interfaces/Trace"><code>Trace</code></a></p></blockquote><p>Parses a BurstGPT CSV (<code>Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type</code>). Rows with zero response tokens are failed requests: they are skipped and counted in <a href="./../interfaces/Trace#skipped">Trace.skipped</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Trace"><code>Trace</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>MALFORMED_TRACE</code> naming the line, the column and the value of a bad row.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/parseBurstGptTrace.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseBurstGptTrace = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseBurstGptTrace as default
};
