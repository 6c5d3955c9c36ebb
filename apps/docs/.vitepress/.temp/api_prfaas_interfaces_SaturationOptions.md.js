import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SaturationOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SaturationOptions.md","filePath":"api/prfaas/interfaces/SaturationOptions.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SaturationOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SaturationOptions</p><h1 id="interface-saturationoptions" tabindex="-1">Interface: SaturationOptions <a class="header-anchor" href="#interface-saturationoptions" aria-label="Permalink to &quot;Interface: SaturationOptions&quot;">​</a></h1><p>Options of <a href="./../functions/findSaturationRate">findSaturationRate</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="guesspersecond" tabindex="-1">guessPerSecond <a class="header-anchor" href="#guesspersecond" aria-label="Permalink to &quot;guessPerSecond&quot;">​</a></h3><blockquote><p><strong>guessPerSecond</strong>: <code>number</code></p></blockquote><p>A first guess of the rate, such as the analytical Λ_max.</p><hr><h3 id="onprobe" tabindex="-1">onProbe? <a class="header-anchor" href="#onprobe" aria-label="Permalink to &quot;onProbe?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>onProbe?</strong>: (<code>probe</code>) =&gt; <code>void</code></p></blockquote><p>Called after each probe.</p><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="probe" tabindex="-1">probe <a class="header-anchor" href="#probe" aria-label="Permalink to &quot;probe&quot;">​</a></h5><p><a href="./SaturationProbe"><code>SaturationProbe</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><code>void</code></p><hr><h3 id="requests" tabindex="-1">requests? <a class="header-anchor" href="#requests" aria-label="Permalink to &quot;requests?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>requests?</strong>: <code>number</code></p></blockquote><p>Requests per run (default 20,000, the minimum the definition allows).</p><hr><h3 id="seed" tabindex="-1">seed? <a class="header-anchor" href="#seed" aria-label="Permalink to &quot;seed?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>seed?</strong>: <code>number</code></p></blockquote><p>Workload seed; the same seed is used at every rate.</p><hr><h3 id="tolerance" tabindex="-1">tolerance? <a class="header-anchor" href="#tolerance" aria-label="Permalink to &quot;tolerance?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>tolerance?</strong>: <code>number</code></p></blockquote><p>Relative width at which bisection stops (default 0.01).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SaturationOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SaturationOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SaturationOptions as default
};
