import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_KDA_CONV_KERNEL_SIZE","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/variables/DEFAULT_KDA_CONV_KERNEL_SIZE.md","filePath":"api/attention/variables/DEFAULT_KDA_CONV_KERNEL_SIZE.md"}');
const _sfc_main = { name: "api/attention/variables/DEFAULT_KDA_CONV_KERNEL_SIZE.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / DEFAULT_KDA_CONV_KERNEL_SIZE</p><h1 id="variable-default-kda-conv-kernel-size" tabindex="-1">Variable: DEFAULT_KDA_CONV_KERNEL_SIZE <a class="header-anchor" href="#variable-default-kda-conv-kernel-size" aria-label="Permalink to &quot;Variable: DEFAULT\\_KDA\\_CONV\\_KERNEL\\_SIZE&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_KDA_CONV_KERNEL_SIZE</strong>: <code>4</code> = <code>4</code></p></blockquote><p>Default KDA short-convolution kernel size (Kimi Linear, arXiv 2510.26692).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/variables/DEFAULT_KDA_CONV_KERNEL_SIZE.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_KDA_CONV_KERNEL_SIZE = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_KDA_CONV_KERNEL_SIZE as default
};
