import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: roundHalfEven()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/roundHalfEven.md","filePath":"api/cryoet/functions/roundHalfEven.md"}');
const _sfc_main = { name: "api/cryoet/functions/roundHalfEven.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / roundHalfEven</p><h1 id="function-roundhalfeven" tabindex="-1">Function: roundHalfEven() <a class="header-anchor" href="#function-roundhalfeven" aria-label="Permalink to &quot;Function: roundHalfEven()&quot;">​</a></h1><blockquote><p><strong>roundHalfEven</strong>(<code>value</code>): <code>number</code></p></blockquote><p>Rounds half to even, as Python&#39;s round does, with -0 counted as 0.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/roundHalfEven.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const roundHalfEven = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  roundHalfEven as default
};
