import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttnResRun","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/AttnResRun.md","filePath":"api/attention/interfaces/AttnResRun.md"}');
const _sfc_main = { name: "api/attention/interfaces/AttnResRun.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttnResRun</p><h1 id="interface-attnresrun" tabindex="-1">Interface: AttnResRun <a class="header-anchor" href="#interface-attnresrun" aria-label="Permalink to &quot;Interface: AttnResRun&quot;">​</a></h1><p>Result of running a residual network: the input each sublayer saw and the output it gave.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="inputs" tabindex="-1">inputs <a class="header-anchor" href="#inputs" aria-label="Permalink to &quot;inputs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>inputs</strong>: <a href="./Tensor"><code>Tensor</code></a>[]</p></blockquote><p><code>h_l</code> for <code>l = 0 … L − 1</code>, each <code>[T, d]</code>.</p><hr><h3 id="outputs" tabindex="-1">outputs <a class="header-anchor" href="#outputs" aria-label="Permalink to &quot;outputs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>outputs</strong>: <a href="./Tensor"><code>Tensor</code></a>[]</p></blockquote><p><code>v_{l+1}</code> for <code>l = 0 … L − 1</code>, each <code>[T, d]</code>.</p><hr><h3 id="sourcecounts" tabindex="-1">sourceCounts <a class="header-anchor" href="#sourcecounts" aria-label="Permalink to &quot;sourceCounts&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>sourceCounts</strong>: <code>number</code>[]</p></blockquote><p>Number of sources each sublayer mixed.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/AttnResRun.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttnResRun = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttnResRun as default
};
