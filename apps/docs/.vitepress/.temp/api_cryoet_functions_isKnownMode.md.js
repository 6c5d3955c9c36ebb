import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isKnownMode()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/isKnownMode.md","filePath":"api/cryoet/functions/isKnownMode.md"}');
const _sfc_main = { name: "api/cryoet/functions/isKnownMode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / isKnownMode</p><h1 id="function-isknownmode" tabindex="-1">Function: isKnownMode() <a class="header-anchor" href="#function-isknownmode" aria-label="Permalink to &quot;Function: isKnownMode()&quot;">​</a></h1><blockquote><p><strong>isKnownMode</strong>(<code>mode</code>): <code>mode is MrcMode</code></p></blockquote><p>Returns true when <code>mode</code> is one of <a href="./../variables/KNOWN_MODES">KNOWN_MODES</a>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>mode is MrcMode</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/isKnownMode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isKnownMode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isKnownMode as default
};
