import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: bandwidthAwareLoop()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/bandwidthAwareLoop.md","filePath":"api/prfaas/functions/bandwidthAwareLoop.md"}');
const _sfc_main = { name: "api/prfaas/functions/bandwidthAwareLoop.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / bandwidthAwareLoop</p><h1 id="function-bandwidthawareloop" tabindex="-1">Function: bandwidthAwareLoop() <a class="header-anchor" href="#function-bandwidthawareloop" aria-label="Permalink to &quot;Function: bandwidthAwareLoop()&quot;">​</a></h1><blockquote><p><strong>bandwidthAwareLoop</strong>(<code>options</code>): <a href="./../interfaces/ControlLoop"><code>ControlLoop</code></a></p></blockquote><p>Creates the default short-timescale control law of the <code>prfaas</code> policy. The law is a library choice: arXiv:2604.15039 names the signals (egress utilisation, queue depth) but no law. Every <code>periodMs</code> it updates an EWMA u of PrfaaS egress utilisation and then:</p><ol><li>u &gt; high: raise t one step (fewer, longer offloads send fewer bytes), and with <code>adaptivePlacement</code> switch to bandwidth-scarce placement.</li><li>Otherwise, if the PrfaaS queue per instance exceeds the PD-P queue by <code>queueMargin</code>, raise t one step; if PD-P&#39;s exceeds PrfaaS&#39;s by the margin and u &lt; low, lower t one step.</li><li>Otherwise, if u &lt; low and t &gt; t₀, step t back toward t₀; with <code>adaptivePlacement</code>, switch to bandwidth-plentiful placement.</li></ol><p>The gap between the two utilisation marks and the queue margin are the hysteresis. t moves on the 100-token grid within [t₀ / range, t₀ · range].</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/BandwidthLoopOptions"><code>BandwidthLoopOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ControlLoop"><code>ControlLoop</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/bandwidthAwareLoop.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const bandwidthAwareLoop = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  bandwidthAwareLoop as default
};
