import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RmsNormOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/RmsNormOptions.md","filePath":"api/attention/interfaces/RmsNormOptions.md"}');
const _sfc_main = { name: "api/attention/interfaces/RmsNormOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / RmsNormOptions</p><h1 id="interface-rmsnormoptions" tabindex="-1">Interface: RmsNormOptions <a class="header-anchor" href="#interface-rmsnormoptions" aria-label="Permalink to &quot;Interface: RmsNormOptions&quot;">​</a></h1><p>Options of <a href="./../functions/rmsNorm">rmsNorm</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="eps" tabindex="-1">eps <a class="header-anchor" href="#eps" aria-label="Permalink to &quot;eps&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>eps</strong>: <code>number</code></p></blockquote><p>Added to the mean square before the square root. Required, because models differ: 1e-6 in DeepSeek-V3&#39;s config.json, 1e-5 in Step-3&#39;s and Kimi Linear&#39;s.</p><hr><h3 id="zerocentered" tabindex="-1">zeroCentered? <a class="header-anchor" href="#zerocentered" aria-label="Permalink to &quot;zeroCentered?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>zeroCentered?</strong>: <code>boolean</code></p></blockquote><p>Multiplies by <code>1 + g[c]</code> instead of <code>g[c]</code> (zero-centred gain, Gemma style).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/RmsNormOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RmsNormOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RmsNormOptions as default
};
