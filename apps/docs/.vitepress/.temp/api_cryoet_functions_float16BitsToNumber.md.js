import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: float16BitsToNumber()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/float16BitsToNumber.md","filePath":"api/cryoet/functions/float16BitsToNumber.md"}');
const _sfc_main = { name: "api/cryoet/functions/float16BitsToNumber.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / float16BitsToNumber</p><h1 id="function-float16bitstonumber" tabindex="-1">Function: float16BitsToNumber() <a class="header-anchor" href="#function-float16bitstonumber" aria-label="Permalink to &quot;Function: float16BitsToNumber()&quot;">​</a></h1><blockquote><p><strong>float16BitsToNumber</strong>(<code>bits</code>): <code>number</code></p></blockquote><p>Converts one binary16 bit pattern to a number, exactly.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bits" tabindex="-1">bits <a class="header-anchor" href="#bits" aria-label="Permalink to &quot;bits&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/float16BitsToNumber.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const float16BitsToNumber = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  float16BitsToNumber as default
};
