import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseMooncakeTrace()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/parseMooncakeTrace.md","filePath":"api/prfaas/functions/parseMooncakeTrace.md"}');
const _sfc_main = { name: "api/prfaas/functions/parseMooncakeTrace.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / parseMooncakeTrace</p><h1 id="function-parsemooncaketrace" tabindex="-1">Function: parseMooncakeTrace() <a class="header-anchor" href="#function-parsemooncaketrace" aria-label="Permalink to &quot;Function: parseMooncakeTrace()&quot;">​</a></h1><blockquote><p><strong>parseMooncakeTrace</strong>(<code>text</code>): <a href="./../interfaces/Trace"><code>Trace</code></a></p></blockquote><p>Parses a Mooncake JSONL trace (<code>{&quot;timestamp&quot;, &quot;input_length&quot;, &quot;output_length&quot;, &quot;hash_ids&quot;}</code> per line, timestamps in milliseconds). Ties keep file order.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Trace"><code>Trace</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>MALFORMED_TRACE</code> naming the line, the field and the value of a bad row.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/parseMooncakeTrace.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseMooncakeTrace = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseMooncakeTrace as default
};
