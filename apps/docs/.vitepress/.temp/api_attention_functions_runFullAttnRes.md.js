import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: runFullAttnRes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/runFullAttnRes.md","filePath":"api/attention/functions/runFullAttnRes.md"}');
const _sfc_main = { name: "api/attention/functions/runFullAttnRes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / runFullAttnRes</p><h1 id="function-runfullattnres" tabindex="-1">Function: runFullAttnRes() <a class="header-anchor" href="#function-runfullattnres" aria-label="Permalink to &quot;Function: runFullAttnRes()&quot;">​</a></h1><blockquote><p><strong>runFullAttnRes</strong>(<code>embedding</code>, <code>sublayer</code>, <code>parameters</code>): <a href="./../interfaces/AttnResRun"><code>AttnResRun</code></a></p></blockquote><p>Runs full AttnRes: sublayer <code>l</code> mixes the embedding and every earlier output, <code>v_0 … v_l</code> (<code>l + 1</code> sources), in place of the residual sum.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="embedding" tabindex="-1">embedding <a class="header-anchor" href="#embedding" aria-label="Permalink to &quot;embedding&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="sublayer" tabindex="-1">sublayer <a class="header-anchor" href="#sublayer" aria-label="Permalink to &quot;sublayer&quot;">​</a></h3><p><a href="./../type-aliases/Sublayer"><code>Sublayer</code></a></p><h3 id="parameters-1" tabindex="-1">parameters <a class="header-anchor" href="#parameters-1" aria-label="Permalink to &quot;parameters&quot;">​</a></h3><p><a href="./../interfaces/AttnResParameters"><code>AttnResParameters</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AttnResRun"><code>AttnResRun</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/runFullAttnRes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const runFullAttnRes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  runFullAttnRes as default
};
