import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: encodeMrc()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/encodeMrc.md","filePath":"api/cryoet/functions/encodeMrc.md"}');
const _sfc_main = { name: "api/cryoet/functions/encodeMrc.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / encodeMrc</p><h1 id="function-encodemrc" tabindex="-1">Function: encodeMrc() <a class="header-anchor" href="#function-encodemrc" aria-label="Permalink to &quot;Function: encodeMrc()&quot;">​</a></h1><blockquote><p><strong>encodeMrc</strong>(<code>input</code>): <a href="./../interfaces/EncodedMrc"><code>EncodedMrc</code></a></p></blockquote><p>Encodes data and metadata as a complete MRC2014 file (NVERSION 20141, <code>&quot;MAP &quot;</code>). Statistics are accumulated in float64 over the stored voxel values (float16-rounded for mode 12); data with NaN or ±∞ gets the undetermined sentinels and a warning. Mode 0 files carry the IMOD stamp with the signed-bytes flag set for Int8Array data and cleared for Uint8Array data. Throws <code>INVALID_ARGUMENT</code> rather than write a file that a strict read rejects.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><a href="./../interfaces/MrcWriteInput"><code>MrcWriteInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/EncodedMrc"><code>EncodedMrc</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/encodeMrc.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const encodeMrc = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  encodeMrc as default
};
