import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: readMooncakeTrace()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/readMooncakeTrace.md","filePath":"api/prfaas/functions/readMooncakeTrace.md"}');
const _sfc_main = { name: "api/prfaas/functions/readMooncakeTrace.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / readMooncakeTrace</p><h1 id="function-readmooncaketrace" tabindex="-1">Function: readMooncakeTrace() <a class="header-anchor" href="#function-readmooncaketrace" aria-label="Permalink to &quot;Function: readMooncakeTrace()&quot;">​</a></h1><blockquote><p><strong>readMooncakeTrace</strong>(<code>source</code>): <code>Promise</code>&lt;<a href="./../interfaces/Trace"><code>Trace</code></a>&gt;</p></blockquote><p>Reads a Mooncake JSONL trace from text chunks or a Web stream; see <a href="./parseMooncakeTrace">parseMooncakeTrace</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><a href="./../type-aliases/TraceSource"><code>TraceSource</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<a href="./../interfaces/Trace"><code>Trace</code></a>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/readMooncakeTrace.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const readMooncakeTrace = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  readMooncakeTrace as default
};
