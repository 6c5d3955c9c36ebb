import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modeInfo()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/modeInfo.md","filePath":"api/cryoet/functions/modeInfo.md"}');
const _sfc_main = { name: "api/cryoet/functions/modeInfo.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / modeInfo</p><h1 id="function-modeinfo" tabindex="-1">Function: modeInfo() <a class="header-anchor" href="#function-modeinfo" aria-label="Permalink to &quot;Function: modeInfo()&quot;">​</a></h1><blockquote><p><strong>modeInfo</strong>(<code>mode</code>): <a href="./../interfaces/ModeInfo"><code>ModeInfo</code></a></p></blockquote><p>Returns the layout of a known mode.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ModeInfo"><code>ModeInfo</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/modeInfo.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modeInfo = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modeInfo as default
};
