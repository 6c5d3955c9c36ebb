import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: linearAttention()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/linearAttention.md","filePath":"api/attention/functions/linearAttention.md"}');
const _sfc_main = { name: "api/attention/functions/linearAttention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / linearAttention</p><h1 id="function-linearattention" tabindex="-1">Function: linearAttention() <a class="header-anchor" href="#function-linearattention" aria-label="Permalink to &quot;Function: linearAttention()&quot;">​</a></h1><blockquote><p><strong>linearAttention</strong>(<code>spec</code>): <a href="./../interfaces/LinearAttention"><code>LinearAttention</code></a></p></blockquote><p>Creates a checked <a href="./../interfaces/LinearAttention">LinearAttention</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><p><code>Omit</code>&lt;<a href="./../interfaces/LinearAttention"><code>LinearAttention</code></a>, <code>&quot;kind&quot;</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/LinearAttention"><code>LinearAttention</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/linearAttention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const linearAttention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  linearAttention as default
};
