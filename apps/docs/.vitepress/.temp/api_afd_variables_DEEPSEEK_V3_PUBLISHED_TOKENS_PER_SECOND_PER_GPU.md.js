import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU.md","filePath":"api/afd/variables/DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU.md"}');
const _sfc_main = { name: "api/afd/variables/DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU</p><h1 id="variable-deepseek-v3-published-tokens-per-second-per-gpu" tabindex="-1">Variable: DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU <a class="header-anchor" href="#variable-deepseek-v3-published-tokens-per-second-per-gpu" aria-label="Permalink to &quot;Variable: DEEPSEEK\\_V3\\_PUBLISHED\\_TOKENS\\_PER\\_SECOND\\_PER\\_GPU&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU</strong>: <code>2324</code> = <code>2324</code></p></blockquote><p>DeepSeek-V3&#39;s published decode throughput per GPU on 128 H800 GPUs at a 4K average context, as the Step-3 report (arXiv 2507.19427) quotes it from DeepSeek&#39;s profile data for its 50 ms TPOT comparison.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU as default
};
