import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: planAfd()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/planAfd.md","filePath":"api/afd/functions/planAfd.md"}');
const _sfc_main = { name: "api/afd/functions/planAfd.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / planAfd</p><h1 id="function-planafd" tabindex="-1">Function: planAfd() <a class="header-anchor" href="#function-planafd" aria-label="Permalink to &quot;Function: planAfd()&quot;">​</a></h1><blockquote><p><strong>planAfd</strong>(<code>planInput</code>): <a href="./../interfaces/AfdPlanResult"><code>AfdPlanResult</code></a></p></blockquote><p>Plans an attention-FFN disaggregated deployment: for every <code>x</code> attention and <code>y</code> FFN instances, finds the largest batch whose pipeline meets the TPOT target and fits HBM, and ranks the layouts by tokens per second per GPU. Stage times follow the Step-3 report (arXiv 2507.19427) with achievable fractions of the peaks.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="planinput" tabindex="-1">planInput <a class="header-anchor" href="#planinput" aria-label="Permalink to &quot;planInput&quot;">​</a></h3><p><a href="./../interfaces/AfdPlanInput"><code>AfdPlanInput</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AfdPlanResult"><code>AfdPlanResult</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/planAfd.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const planAfd = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  planAfd as default
};
