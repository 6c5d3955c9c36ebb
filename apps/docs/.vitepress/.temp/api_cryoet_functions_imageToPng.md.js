import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: imageToPng()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/imageToPng.md","filePath":"api/cryoet/functions/imageToPng.md"}');
const _sfc_main = { name: "api/cryoet/functions/imageToPng.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / imageToPng</p><h1 id="function-imagetopng" tabindex="-1">Function: imageToPng() <a class="header-anchor" href="#function-imagetopng" aria-label="Permalink to &quot;Function: imageToPng()&quot;">​</a></h1><blockquote><p><strong>imageToPng</strong>(<code>image</code>, <code>options?</code>): <code>Uint8Array</code></p></blockquote><p>Encodes an image as an 8-bit grey-scale PNG. Values at or below the low percentile become 0, values at or above the high percentile 255, and NaN becomes 0.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="image" tabindex="-1">image <a class="header-anchor" href="#image" aria-label="Permalink to &quot;image&quot;">​</a></h3><p><a href="./../interfaces/Image2D"><code>Image2D</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/PngOptions"><code>PngOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/imageToPng.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const imageToPng = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  imageToPng as default
};
