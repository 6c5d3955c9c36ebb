import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"API reference","description":"","frontmatter":{},"headers":[],"relativePath":"api/index.md","filePath":"api/index.md"}');
const _sfc_main = { name: "api/index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="api-reference" tabindex="-1">API reference <a class="header-anchor" href="#api-reference" aria-label="Permalink to &quot;API reference&quot;">​</a></h1><p>Generated from the doc comments of each package&#39;s public entry point.</p><ul><li><a href="./afd/">@modelsys/afd</a>: Attention-FFN disaggregation (AFD) partition planner: attention and FFN instance counts, micro-batches and network under a TPOT target.</li><li><a href="./attention/">@modelsys/attention</a>: Attention designs as data: descriptors for MHA/GQA/MQA, MFA, MLA, sliding-window, chunked and linear attention, with per-layer decode cost.</li><li><a href="./catalog/">@modelsys/catalog</a>: Model and accelerator descriptors with sources, built-in entries, and import from Hugging Face config.json.</li><li><a href="./cryoet/">@modelsys/cryoet</a>: MRC2014 volume I/O for Node and browsers (every mode, both byte orders, gzip and bzip2, lazy slices), validation, particle lists and SHREC 2021 scoring.</li><li><a href="./kvcache/">@modelsys/kvcache</a>: KV-cache codecs: bit-exact fp16, bf16 and FP8 element formats, KIVI-style integer quantisation, checksummed frames, Web Streams transfer and model geometry.</li><li><a href="./prfaas/">@modelsys/prfaas</a>: Prefill-as-a-Service (PrfaaS) planning: trace loaders, routing policies, a closed-form throughput model and a discrete-event simulator of cross-datacenter prefill offload.</li><li><a href="./roofline/">@modelsys/roofline</a>: Decode cost of a model on an accelerator: KV bytes, FLOPs, intensity and USD per million tokens, per the Step-3 cost model.</li></ul></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
