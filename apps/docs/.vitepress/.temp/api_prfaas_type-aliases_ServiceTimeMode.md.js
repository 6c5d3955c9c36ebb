import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: ServiceTimeMode","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/type-aliases/ServiceTimeMode.md","filePath":"api/prfaas/type-aliases/ServiceTimeMode.md"}');
const _sfc_main = { name: "api/prfaas/type-aliases/ServiceTimeMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ServiceTimeMode</p><h1 id="type-alias-servicetimemode" tabindex="-1">Type Alias: ServiceTimeMode <a class="header-anchor" href="#type-alias-servicetimemode" aria-label="Permalink to &quot;Type Alias: ServiceTimeMode&quot;">​</a></h1><blockquote><p><strong>ServiceTimeMode</strong> = <code>&quot;at-mean-length&quot;</code> | <code>&quot;mean-of-service&quot;</code></p></blockquote><p>How the analytical model turns a path&#39;s length distribution into a service time: <code>at-mean-length</code> evaluates T_prefill at the path&#39;s conditional mean length (the form of arXiv:2604.15039, which overstates capacity for skewed lengths because T_prefill is convex), and <code>mean-of-service</code> takes the mean of T_prefill(L) over the path&#39;s lengths (what the simulator serves).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/type-aliases/ServiceTimeMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ServiceTimeMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ServiceTimeMode as default
};
