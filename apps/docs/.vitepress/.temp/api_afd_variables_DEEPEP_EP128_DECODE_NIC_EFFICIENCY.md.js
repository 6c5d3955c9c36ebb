import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEEPEP_EP128_DECODE_NIC_EFFICIENCY","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/DEEPEP_EP128_DECODE_NIC_EFFICIENCY.md","filePath":"api/afd/variables/DEEPEP_EP128_DECODE_NIC_EFFICIENCY.md"}');
const _sfc_main = { name: "api/afd/variables/DEEPEP_EP128_DECODE_NIC_EFFICIENCY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / DEEPEP_EP128_DECODE_NIC_EFFICIENCY</p><h1 id="variable-deepep-ep128-decode-nic-efficiency" tabindex="-1">Variable: DEEPEP_EP128_DECODE_NIC_EFFICIENCY <a class="header-anchor" href="#variable-deepep-ep128-decode-nic-efficiency" aria-label="Permalink to &quot;Variable: DEEPEP\\_EP128\\_DECODE\\_NIC\\_EFFICIENCY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEEPEP_EP128_DECODE_NIC_EFFICIENCY</strong>: <code>number</code></p></blockquote><p>DeepEP&#39;s low-latency (decode) kernels at EP128 on H800, one 400 Gbps CX7 NIC per GPU. For 128 tokens per rank, 7168 hidden, top-8, FP8 out and BF16 back, dispatch takes 192 µs and combine 369 µs, both at 39 GB/s of the NIC&#39;s 50 GB/s (github.com/deepseek-ai/DeepEP README, V1 performance table). The rate counts the same <code>top_k·H</code> and <code>2·top_k·H</code> bytes per token as the co-located baseline, with the library and EP size of DeepSeek&#39;s published decode profile.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/DEEPEP_EP128_DECODE_NIC_EFFICIENCY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEEPEP_EP128_DECODE_NIC_EFFICIENCY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEEPEP_EP128_DECODE_NIC_EFFICIENCY as default
};
