import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: CodecPresetOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/CodecPresetOptions.md","filePath":"api/kvcache/interfaces/CodecPresetOptions.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/CodecPresetOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / CodecPresetOptions</p><h1 id="interface-codecpresetoptions" tabindex="-1">Interface: CodecPresetOptions <a class="header-anchor" href="#interface-codecpresetoptions" aria-label="Permalink to &quot;Interface: CodecPresetOptions&quot;">​</a></h1><p>Options of <a href="./../functions/applyCodecPreset">applyCodecPreset</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="groupsize" tabindex="-1">groupSize? <a class="header-anchor" href="#groupsize" aria-label="Permalink to &quot;groupSize?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>groupSize?</strong>: <code>number</code></p></blockquote><p>KIVI group size G. Default 32 (the KIVI example script&#39;s setting).</p><hr><h3 id="residuallength" tabindex="-1">residualLength? <a class="header-anchor" href="#residuallength" aria-label="Permalink to &quot;residualLength?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>residualLength?</strong>: <code>number</code></p></blockquote><p>KIVI residual length R: recent tokens kept unquantised. Default 128 (KIVI&#39;s LongBench runs).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/CodecPresetOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const CodecPresetOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  CodecPresetOptions as default
};
