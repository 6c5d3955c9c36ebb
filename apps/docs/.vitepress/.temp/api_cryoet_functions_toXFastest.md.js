import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: toXFastest()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/toXFastest.md","filePath":"api/cryoet/functions/toXFastest.md"}');
const _sfc_main = { name: "api/cryoet/functions/toXFastest.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / toXFastest</p><h1 id="function-toxfastest" tabindex="-1">Function: toXFastest() <a class="header-anchor" href="#function-toxfastest" aria-label="Permalink to &quot;Function: toXFastest()&quot;">​</a></h1><blockquote><p><strong>toXFastest</strong>(<code>file</code>): <a href="./../interfaces/ShapedData"><code>ShapedData</code></a></p></blockquote><p>Returns the data as an X-fastest <code>[z][y][x]</code> array, permuting the last three spatial axes by MAPC/MAPR/MAPS (for volume stacks, each volume). Returns the same array when the mapping is 1, 2, 3 and a copy otherwise. A trailing component axis (complex, RGB) stays last.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="file" tabindex="-1">file <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/MrcLayout"><code>MrcLayout</code></a>, <code>&quot;axisMapping&quot;</code> | <code>&quot;mode&quot;</code>&gt; &amp; <code>object</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ShapedData"><code>ShapedData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/toXFastest.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const toXFastest = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  toXFastest as default
};
