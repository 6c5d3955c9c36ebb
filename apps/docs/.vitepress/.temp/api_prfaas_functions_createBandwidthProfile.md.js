import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: createBandwidthProfile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/createBandwidthProfile.md","filePath":"api/prfaas/functions/createBandwidthProfile.md"}');
const _sfc_main = { name: "api/prfaas/functions/createBandwidthProfile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / createBandwidthProfile</p><h1 id="function-createbandwidthprofile" tabindex="-1">Function: createBandwidthProfile() <a class="header-anchor" href="#function-createbandwidthprofile" aria-label="Permalink to &quot;Function: createBandwidthProfile()&quot;">​</a></h1><blockquote><p><strong>createBandwidthProfile</strong>(<code>spec</code>, <code>seed</code>): <a href="./../interfaces/BandwidthProfile"><code>BandwidthProfile</code></a></p></blockquote><p>Builds the profile of <code>spec</code>; a fluctuating profile draws from the <code>link-noise</code> stream of <code>seed</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="spec" tabindex="-1">spec <a class="header-anchor" href="#spec" aria-label="Permalink to &quot;spec&quot;">​</a></h3><p><a href="./../type-aliases/BandwidthProfileSpec"><code>BandwidthProfileSpec</code></a></p><h3 id="seed" tabindex="-1">seed <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/BandwidthProfile"><code>BandwidthProfile</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/createBandwidthProfile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const createBandwidthProfile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  createBandwidthProfile as default
};
