import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseCodecPreset()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/parseCodecPreset.md","filePath":"api/kvcache/functions/parseCodecPreset.md"}');
const _sfc_main = { name: "api/kvcache/functions/parseCodecPreset.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / parseCodecPreset</p><h1 id="function-parsecodecpreset" tabindex="-1">Function: parseCodecPreset() <a class="header-anchor" href="#function-parsecodecpreset" aria-label="Permalink to &quot;Function: parseCodecPreset()&quot;">​</a></h1><blockquote><p><strong>parseCodecPreset</strong>(<code>name</code>): <code>&quot;fp16&quot;</code> | <code>&quot;bf16&quot;</code> | <code>&quot;fp16-deflate&quot;</code> | <code>&quot;fp8-e4m3fn&quot;</code> | <code>&quot;fp8-e5m2&quot;</code> | <code>&quot;kivi-int8&quot;</code> | <code>&quot;kivi-int4&quot;</code> | <code>&quot;kivi-int2&quot;</code></p></blockquote><p>Narrows a user-supplied name to a <a href="./../type-aliases/CodecPreset">CodecPreset</a>, or throws <code>INVALID_ARGUMENT</code> listing the names.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="name" tabindex="-1">name <a class="header-anchor" href="#name" aria-label="Permalink to &quot;name&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>&quot;fp16&quot;</code> | <code>&quot;bf16&quot;</code> | <code>&quot;fp16-deflate&quot;</code> | <code>&quot;fp8-e4m3fn&quot;</code> | <code>&quot;fp8-e5m2&quot;</code> | <code>&quot;kivi-int8&quot;</code> | <code>&quot;kivi-int4&quot;</code> | <code>&quot;kivi-int2&quot;</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/parseCodecPreset.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseCodecPreset = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseCodecPreset as default
};
