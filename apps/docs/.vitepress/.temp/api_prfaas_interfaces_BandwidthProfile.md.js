import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BandwidthProfile","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/BandwidthProfile.md","filePath":"api/prfaas/interfaces/BandwidthProfile.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/BandwidthProfile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / BandwidthProfile</p><h1 id="interface-bandwidthprofile" tabindex="-1">Interface: BandwidthProfile <a class="header-anchor" href="#interface-bandwidthprofile" aria-label="Permalink to &quot;Interface: BandwidthProfile&quot;">​</a></h1><p>A piecewise-constant bandwidth factor over time.</p><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="factorat" tabindex="-1">factorAt() <a class="header-anchor" href="#factorat" aria-label="Permalink to &quot;factorAt()&quot;">​</a></h3><blockquote><p><strong>factorAt</strong>(<code>timeUs</code>): <code>number</code></p></blockquote><p>The factor in (0, 1] at <code>timeUs</code>.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="timeus" tabindex="-1">timeUs <a class="header-anchor" href="#timeus" aria-label="Permalink to &quot;timeUs&quot;">​</a></h5><p><code>number</code></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code></p><hr><h3 id="nextchangeus" tabindex="-1">nextChangeUs() <a class="header-anchor" href="#nextchangeus" aria-label="Permalink to &quot;nextChangeUs()&quot;">​</a></h3><blockquote><p><strong>nextChangeUs</strong>(<code>timeUs</code>): <code>number</code></p></blockquote><p>The next time after <code>timeUs</code> at which the factor may change, or +∞.</p><h4 id="parameters-1" tabindex="-1">Parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="timeus-1" tabindex="-1">timeUs <a class="header-anchor" href="#timeus-1" aria-label="Permalink to &quot;timeUs&quot;">​</a></h5><p><code>number</code></p><h4 id="returns-1" tabindex="-1">Returns <a class="header-anchor" href="#returns-1" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/BandwidthProfile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BandwidthProfile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BandwidthProfile as default
};
