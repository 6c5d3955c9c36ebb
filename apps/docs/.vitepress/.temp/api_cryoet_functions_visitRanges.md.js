import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: visitRanges()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/visitRanges.md","filePath":"api/cryoet/functions/visitRanges.md"}');
const _sfc_main = { name: "api/cryoet/functions/visitRanges.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / visitRanges</p><h1 id="function-visitranges" tabindex="-1">Function: visitRanges() <a class="header-anchor" href="#function-visitranges" aria-label="Permalink to &quot;Function: visitRanges()&quot;">​</a></h1><blockquote><p><strong>visitRanges</strong>(<code>source</code>, <code>ranges</code>, <code>visit</code>): <code>Promise</code>&lt;<code>void</code>&gt;</p></blockquote><p>Calls <code>visit</code> with the bytes of every range of <code>source</code>, through <code>visitRanges</code> when the source has it.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="source" tabindex="-1">source <a class="header-anchor" href="#source" aria-label="Permalink to &quot;source&quot;">​</a></h3><p><a href="./../interfaces/ByteSource"><code>ByteSource</code></a></p><h3 id="ranges" tabindex="-1">ranges <a class="header-anchor" href="#ranges" aria-label="Permalink to &quot;ranges&quot;">​</a></h3><p>readonly <a href="./../interfaces/ByteRange"><code>ByteRange</code></a>[]</p><h3 id="visit" tabindex="-1">visit <a class="header-anchor" href="#visit" aria-label="Permalink to &quot;visit&quot;">​</a></h3><p>(<code>bytes</code>, <code>index</code>) =&gt; <code>void</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Promise</code>&lt;<code>void</code>&gt;</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/visitRanges.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const visitRanges = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  visitRanges as default
};
