import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEEPEP_NIC_EFFICIENCY","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/DEEPEP_NIC_EFFICIENCY.md","filePath":"api/afd/variables/DEEPEP_NIC_EFFICIENCY.md"}');
const _sfc_main = { name: "api/afd/variables/DEEPEP_NIC_EFFICIENCY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / DEEPEP_NIC_EFFICIENCY</p><h1 id="variable-deepep-nic-efficiency" tabindex="-1">Variable: DEEPEP_NIC_EFFICIENCY <a class="header-anchor" href="#variable-deepep-nic-efficiency" aria-label="Permalink to &quot;Variable: DEEPEP\\_NIC\\_EFFICIENCY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEEPEP_NIC_EFFICIENCY</strong>: <code>number</code></p></blockquote><p>About 40 GB/s of a 400 Gbps (50 GB/s) NIC, the all-to-all rate DeepEP measures on H800 with CX7 (github.com/deepseek-ai/DeepEP README), the alternative to StepMesh&#39;s rate. It raises the minimum sparsity by 25 %. The baseline&#39;s comparison uses the EP128 decode figure below, 39 GB/s.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/DEEPEP_NIC_EFFICIENCY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEEPEP_NIC_EFFICIENCY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEEPEP_NIC_EFFICIENCY as default
};
