import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MultiMatrixFactorizationAttention","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/MultiMatrixFactorizationAttention.md","filePath":"api/attention/interfaces/MultiMatrixFactorizationAttention.md"}');
const _sfc_main = { name: "api/attention/interfaces/MultiMatrixFactorizationAttention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MultiMatrixFactorizationAttention</p><h1 id="interface-multimatrixfactorizationattention" tabindex="-1">Interface: MultiMatrixFactorizationAttention <a class="header-anchor" href="#interface-multimatrixfactorizationattention" aria-label="Permalink to &quot;Interface: MultiMatrixFactorizationAttention&quot;">​</a></h1><p>Multi-matrix Factorization Attention (arXiv 2412.19255) as Step-3 runs it: a low-rank query path (<code>hidden → queryRank</code>, RMSNorm, <code>queryRank → numQueryHeads·headDim</code>) and one shared KV head of width <code>headDim</code>. With <code>keyReuse</code> (MFA-KR) values derive from keys, so only keys are cached.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="headdim" tabindex="-1">headDim <a class="header-anchor" href="#headdim" aria-label="Permalink to &quot;headDim&quot;">​</a></h3><blockquote><p><strong>headDim</strong>: <code>number</code></p></blockquote><hr><h3 id="keyreuse" tabindex="-1">keyReuse <a class="header-anchor" href="#keyreuse" aria-label="Permalink to &quot;keyReuse&quot;">​</a></h3><blockquote><p><strong>keyReuse</strong>: <code>boolean</code></p></blockquote><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;mfa&quot;</code></p></blockquote><hr><h3 id="numqueryheads" tabindex="-1">numQueryHeads <a class="header-anchor" href="#numqueryheads" aria-label="Permalink to &quot;numQueryHeads&quot;">​</a></h3><blockquote><p><strong>numQueryHeads</strong>: <code>number</code></p></blockquote><hr><h3 id="queryrank" tabindex="-1">queryRank <a class="header-anchor" href="#queryrank" aria-label="Permalink to &quot;queryRank&quot;">​</a></h3><blockquote><p><strong>queryRank</strong>: <code>number</code></p></blockquote><hr><h3 id="window" tabindex="-1">window? <a class="header-anchor" href="#window" aria-label="Permalink to &quot;window?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>window?</strong>: <a href="./AttentionWindow"><code>AttentionWindow</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/MultiMatrixFactorizationAttention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MultiMatrixFactorizationAttention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MultiMatrixFactorizationAttention as default
};
