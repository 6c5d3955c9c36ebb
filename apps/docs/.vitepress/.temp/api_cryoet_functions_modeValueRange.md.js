import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modeValueRange()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/modeValueRange.md","filePath":"api/cryoet/functions/modeValueRange.md"}');
const _sfc_main = { name: "api/cryoet/functions/modeValueRange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / modeValueRange</p><h1 id="function-modevaluerange" tabindex="-1">Function: modeValueRange() <a class="header-anchor" href="#function-modevaluerange" aria-label="Permalink to &quot;Function: modeValueRange()&quot;">​</a></h1><blockquote><p><strong>modeValueRange</strong>(<code>mode</code>): <a href="./../interfaces/ModeValueRange"><code>ModeValueRange</code></a> | <code>null</code></p></blockquote><p>Returns the range of values that a real mode stores (0, 1, 6, 12 and 101), or null for mode 2, which stores any float32, and for complex and RGB modes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModeValueRange"><code>ModeValueRange</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/modeValueRange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modeValueRange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modeValueRange as default
};
