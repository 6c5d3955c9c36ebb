import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEEPSEEK_V3_PROFILE_BATCH_PER_GPU","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/DEEPSEEK_V3_PROFILE_BATCH_PER_GPU.md","filePath":"api/afd/variables/DEEPSEEK_V3_PROFILE_BATCH_PER_GPU.md"}');
const _sfc_main = { name: "api/afd/variables/DEEPSEEK_V3_PROFILE_BATCH_PER_GPU.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / DEEPSEEK_V3_PROFILE_BATCH_PER_GPU</p><h1 id="variable-deepseek-v3-profile-batch-per-gpu" tabindex="-1">Variable: DEEPSEEK_V3_PROFILE_BATCH_PER_GPU <a class="header-anchor" href="#variable-deepseek-v3-profile-batch-per-gpu" aria-label="Permalink to &quot;Variable: DEEPSEEK\\_V3\\_PROFILE\\_BATCH\\_PER\\_GPU&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEEPSEEK_V3_PROFILE_BATCH_PER_GPU</strong>: <code>128</code> = <code>128</code></p></blockquote><p>Sequences per GPU in DeepSeek&#39;s published decode profile (EP128, TP1, 4K prompt, two micro-batches), from the README of github.com/deepseek-ai/profile-data. With the published 2,324 tokens/s per GPU it implies a TPOT of 128 / 2,324 s = 55.1 ms.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/DEEPSEEK_V3_PROFILE_BATCH_PER_GPU.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEEPSEEK_V3_PROFILE_BATCH_PER_GPU = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEEPSEEK_V3_PROFILE_BATCH_PER_GPU as default
};
