import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse(`{"title":"","description":"","frontmatter":{"layout":"home","hero":{"name":"modelsys","text":"Model-system primitives in TypeScript","tagline":"Exact attention math, decode cost from real model configs, and AFD planning, in Node and in the browser.","actions":[{"theme":"brand","text":"Get started","link":"/getting-started"},{"theme":"alt","text":"Playground","link":"/playground"}]},"features":[{"title":"@modelsys/attention","details":"Attention designs as data (GQA, MFA, MLA, sliding-window, chunked and linear attention) and their per-layer decode cost.","link":"/packages/attention"},{"title":"@modelsys/catalog","details":"Model and accelerator descriptors with sources, and import from any supported Hugging Face config.json.","link":"/packages/catalog"},{"title":"@modelsys/roofline","details":"What one decoded token costs on each accelerator, with the Step-3 report's cost model.","link":"/packages/roofline"},{"title":"@modelsys/afd","details":"Attention-FFN disaggregation planning under a TPOT target, with the binding constraint named.","link":"/packages/afd"}]},"headers":[],"relativePath":"index.md","filePath":"index.md"}`);
const _sfc_main = { name: "index.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("index.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const index = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  index as default
};
