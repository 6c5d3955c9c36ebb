import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: afdTokenCost()","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/functions/afdTokenCost.md","filePath":"api/roofline/functions/afdTokenCost.md"}');
const _sfc_main = { name: "api/roofline/functions/afdTokenCost.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / afdTokenCost</p><h1 id="function-afdtokencost" tabindex="-1">Function: afdTokenCost() <a class="header-anchor" href="#function-afdtokencost" aria-label="Permalink to &quot;Function: afdTokenCost()&quot;">​</a></h1><blockquote><p><strong>afdTokenCost</strong>(<code>costs</code>): <a href="./../interfaces/AfdTokenCost"><code>AfdTokenCost</code></a> | <code>null</code></p></blockquote><p>Returns the AFD cost of one decoded token: the cheapest attention accelerator plus the cheapest FFN accelerator, which may differ. Returns null when no accelerator has a price.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="costs" tabindex="-1">costs <a class="header-anchor" href="#costs" aria-label="Permalink to &quot;costs&quot;">​</a></h3><p>readonly <a href="./../interfaces/AcceleratorTokenCost"><code>AcceleratorTokenCost</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AfdTokenCost"><code>AfdTokenCost</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/functions/afdTokenCost.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const afdTokenCost = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  afdTokenCost as default
};
