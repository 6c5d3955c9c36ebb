import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatWarning()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/formatWarning.md","filePath":"api/cryoet/functions/formatWarning.md"}');
const _sfc_main = { name: "api/cryoet/functions/formatWarning.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / formatWarning</p><h1 id="function-formatwarning" tabindex="-1">Function: formatWarning() <a class="header-anchor" href="#function-formatwarning" aria-label="Permalink to &quot;Function: formatWarning()&quot;">​</a></h1><blockquote><p><strong>formatWarning</strong>(<code>warning</code>): <code>string</code></p></blockquote><p>Formats a warning as one line: the problem&#39;s message, then the fallback.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="warning" tabindex="-1">warning <a class="header-anchor" href="#warning" aria-label="Permalink to &quot;warning&quot;">​</a></h3><p><a href="./../interfaces/MrcWarning"><code>MrcWarning</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/formatWarning.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatWarning = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatWarning as default
};
