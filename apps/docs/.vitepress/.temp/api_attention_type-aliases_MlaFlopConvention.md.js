import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MlaFlopConvention","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/MlaFlopConvention.md","filePath":"api/attention/type-aliases/MlaFlopConvention.md"}');
const _sfc_main = { name: "api/attention/type-aliases/MlaFlopConvention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MlaFlopConvention</p><h1 id="type-alias-mlaflopconvention" tabindex="-1">Type Alias: MlaFlopConvention <a class="header-anchor" href="#type-alias-mlaflopconvention" aria-label="Permalink to &quot;Type Alias: MlaFlopConvention&quot;">​</a></h1><blockquote><p><strong>MlaFlopConvention</strong> = <code>&quot;mla-576&quot;</code> | <code>&quot;mla-576-pv512&quot;</code></p></blockquote><p>How MLA decode FLOPs are counted. <code>mla-576</code> (the Step-3 report&#39;s convention, arXiv 2507.19427) counts both QKᵀ and PV over the 576-wide cached vector. <code>mla-576-pv512</code> counts PV over the 512-wide latent only, which gives DeepSeek-V3 an intensity of 483.6 instead of 512.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/MlaFlopConvention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MlaFlopConvention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MlaFlopConvention as default
};
