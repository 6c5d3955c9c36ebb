import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: AttnResParameters","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/AttnResParameters.md","filePath":"api/attention/interfaces/AttnResParameters.md"}');
const _sfc_main = { name: "api/attention/interfaces/AttnResParameters.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / AttnResParameters</p><h1 id="interface-attnresparameters" tabindex="-1">Interface: AttnResParameters <a class="header-anchor" href="#interface-attnresparameters" aria-label="Permalink to &quot;Interface: AttnResParameters&quot;">​</a></h1><p>Parameters of Attention Residuals (Kimi, arXiv:2603.15031): one learned pseudo-query <code>w_l</code> and one key-norm gain <code>g_l</code> per consuming sublayer, both <code>[L, d]</code>. The pseudo-queries start at zero, which makes the depth softmax uniform.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="eps" tabindex="-1">eps <a class="header-anchor" href="#eps" aria-label="Permalink to &quot;eps&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>eps</strong>: <code>number</code></p></blockquote><p>eps of the key RMSNorm; the model&#39;s <code>rms_norm_eps</code> (1e-6 when the config states none).</p><hr><h3 id="keynormgains" tabindex="-1">keyNormGains <a class="header-anchor" href="#keynormgains" aria-label="Permalink to &quot;keyNormGains&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>keyNormGains</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote><hr><h3 id="pseudoqueries" tabindex="-1">pseudoQueries <a class="header-anchor" href="#pseudoqueries" aria-label="Permalink to &quot;pseudoQueries&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>pseudoQueries</strong>: <a href="./Tensor"><code>Tensor</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/AttnResParameters.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const AttnResParameters = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  AttnResParameters as default
};
