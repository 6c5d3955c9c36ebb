import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LinearAttention","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/LinearAttention.md","filePath":"api/attention/interfaces/LinearAttention.md"}');
const _sfc_main = { name: "api/attention/interfaces/LinearAttention.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / LinearAttention</p><h1 id="interface-linearattention" tabindex="-1">Interface: LinearAttention <a class="header-anchor" href="#interface-linearattention" aria-label="Permalink to &quot;Interface: LinearAttention&quot;">​</a></h1><p>Linear attention with a fixed-size recurrent state of <code>numHeads × keyHeadDim × valueHeadDim</code> per layer: MiniMax&#39;s lightning attention or Kimi Delta Attention (KDA). KDA also keeps short convolution states of <code>convKernelSize - 1</code> tokens for q, k and v.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="convkernelsize" tabindex="-1">convKernelSize? <a class="header-anchor" href="#convkernelsize" aria-label="Permalink to &quot;convKernelSize?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>convKernelSize?</strong>: <code>number</code></p></blockquote><hr><h3 id="keyheaddim" tabindex="-1">keyHeadDim <a class="header-anchor" href="#keyheaddim" aria-label="Permalink to &quot;keyHeadDim&quot;">​</a></h3><blockquote><p><strong>keyHeadDim</strong>: <code>number</code></p></blockquote><hr><h3 id="kind" tabindex="-1">kind <a class="header-anchor" href="#kind" aria-label="Permalink to &quot;kind&quot;">​</a></h3><blockquote><p><strong>kind</strong>: <code>&quot;linear&quot;</code></p></blockquote><hr><h3 id="numheads" tabindex="-1">numHeads <a class="header-anchor" href="#numheads" aria-label="Permalink to &quot;numHeads&quot;">​</a></h3><blockquote><p><strong>numHeads</strong>: <code>number</code></p></blockquote><hr><h3 id="valueheaddim" tabindex="-1">valueHeadDim <a class="header-anchor" href="#valueheaddim" aria-label="Permalink to &quot;valueHeadDim&quot;">​</a></h3><blockquote><p><strong>valueHeadDim</strong>: <code>number</code></p></blockquote><hr><h3 id="variant" tabindex="-1">variant <a class="header-anchor" href="#variant" aria-label="Permalink to &quot;variant&quot;">​</a></h3><blockquote><p><strong>variant</strong>: <code>&quot;lightning&quot;</code> | <code>&quot;kda&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/LinearAttention.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LinearAttention = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LinearAttention as default
};
