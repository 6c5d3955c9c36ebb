import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isStable()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/isStable.md","filePath":"api/prfaas/functions/isStable.md"}');
const _sfc_main = { name: "api/prfaas/functions/isStable.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / isStable</p><h1 id="function-isstable" tabindex="-1">Function: isStable() <a class="header-anchor" href="#function-isstable" aria-label="Permalink to &quot;Function: isStable()&quot;">​</a></h1><blockquote><p><strong>isStable</strong>(<code>firstHalfWaiting</code>, <code>secondHalfWaiting</code>): <code>boolean</code></p></blockquote><p>Returns true when a run is stable: the time-averaged number of waiting requests (all queues) over the second half of the arrivals is at most 1.1 times that over the first half, plus 1.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="firsthalfwaiting" tabindex="-1">firstHalfWaiting <a class="header-anchor" href="#firsthalfwaiting" aria-label="Permalink to &quot;firstHalfWaiting&quot;">​</a></h3><p><code>number</code></p><h3 id="secondhalfwaiting" tabindex="-1">secondHalfWaiting <a class="header-anchor" href="#secondhalfwaiting" aria-label="Permalink to &quot;secondHalfWaiting&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>boolean</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/isStable.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isStable = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isStable as default
};
