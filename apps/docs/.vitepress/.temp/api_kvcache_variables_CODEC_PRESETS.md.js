import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: CODEC_PRESETS","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/variables/CODEC_PRESETS.md","filePath":"api/kvcache/variables/CODEC_PRESETS.md"}');
const _sfc_main = { name: "api/kvcache/variables/CODEC_PRESETS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / CODEC_PRESETS</p><h1 id="variable-codec-presets" tabindex="-1">Variable: CODEC_PRESETS <a class="header-anchor" href="#variable-codec-presets" aria-label="Permalink to &quot;Variable: CODEC\\_PRESETS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>CODEC_PRESETS</strong>: readonly [<code>&quot;fp16&quot;</code>, <code>&quot;bf16&quot;</code>, <code>&quot;fp16-deflate&quot;</code>, <code>&quot;fp8-e4m3fn&quot;</code>, <code>&quot;fp8-e5m2&quot;</code>, <code>&quot;kivi-int8&quot;</code>, <code>&quot;kivi-int4&quot;</code>, <code>&quot;kivi-int2&quot;</code>]</p></blockquote><p>Named codec settings for whole requests, as the planner CLI offers them.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/variables/CODEC_PRESETS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CODEC_PRESETS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CODEC_PRESETS as default
};
