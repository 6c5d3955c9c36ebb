import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: STEPMESH_NIC_EFFICIENCY","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/STEPMESH_NIC_EFFICIENCY.md","filePath":"api/afd/variables/STEPMESH_NIC_EFFICIENCY.md"}');
const _sfc_main = { name: "api/afd/variables/STEPMESH_NIC_EFFICIENCY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / STEPMESH_NIC_EFFICIENCY</p><h1 id="variable-stepmesh-nic-efficiency" tabindex="-1">Variable: STEPMESH_NIC_EFFICIENCY <a class="header-anchor" href="#variable-stepmesh-nic-efficiency" aria-label="Permalink to &quot;Variable: STEPMESH\\_NIC\\_EFFICIENCY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>STEPMESH_NIC_EFFICIENCY</strong>: <code>number</code></p></blockquote><p>StepMesh&#39;s measured per-leg rate, 161.3 Gbps on a 400 Gbps NIC (stepfun-ai/StepMesh <code>Introduction.md</code>: 1,835,008 B in 91 µs and 3,670,016 B in 182 µs), the only published AFD transfer rate.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/STEPMESH_NIC_EFFICIENCY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const STEPMESH_NIC_EFFICIENCY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  STEPMESH_NIC_EFFICIENCY as default
};
