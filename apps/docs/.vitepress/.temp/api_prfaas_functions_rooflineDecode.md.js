import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: rooflineDecode()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/rooflineDecode.md","filePath":"api/prfaas/functions/rooflineDecode.md"}');
const _sfc_main = { name: "api/prfaas/functions/rooflineDecode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / rooflineDecode</p><h1 id="function-rooflinedecode" tabindex="-1">Function: rooflineDecode() <a class="header-anchor" href="#function-rooflinedecode" aria-label="Permalink to &quot;Function: rooflineDecode()&quot;">​</a></h1><blockquote><p><strong>rooflineDecode</strong>(<code>options</code>): <a href="./../interfaces/RooflineDecode"><code>RooflineDecode</code></a></p></blockquote><p>Returns the roofline decode capacity of one instance at the workload&#39;s mean input l_in: BS_max = ⌊(u · M − W) / S_kv(l_in + L_out)⌋, and the step time at BS_max and mean context l_in + L_out / 2, max((W + B · S_kv) / (n · BW · η_bw), B · 2 · N_active / (n · F · η_f)).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/RooflineDecodeOptions"><code>RooflineDecodeOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/RooflineDecode"><code>RooflineDecode</code></a></p><h2 id="throws" tabindex="-1">Throws <a class="header-anchor" href="#throws" aria-label="Permalink to &quot;Throws&quot;">​</a></h2><p>PrfaasError <code>INVALID_OPTION</code> when the weights leave no room for one request&#39;s cache.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/rooflineDecode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const rooflineDecode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  rooflineDecode as default
};
