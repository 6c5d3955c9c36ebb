import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: mlaProject()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/mlaProject.md","filePath":"api/attention/functions/mlaProject.md"}');
const _sfc_main = { name: "api/attention/functions/mlaProject.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / mlaProject</p><h1 id="function-mlaproject" tabindex="-1">Function: mlaProject() <a class="header-anchor" href="#function-mlaproject" aria-label="Permalink to &quot;Function: mlaProject()&quot;">​</a></h1><blockquote><p><strong>mlaProject</strong>(<code>x</code>, <code>weights</code>, <code>options</code>): <a href="./../interfaces/MlaProjection"><code>MlaProjection</code></a></p></blockquote><p>Projects <code>x</code> (<code>[T, d_model]</code>) to MLA queries and the cache rows <code>[c_kv | k_pe]</code> (576 elements for DeepSeek-V3).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="x" tabindex="-1">x <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x&quot;">​</a></h3><p><a href="./../interfaces/Tensor"><code>Tensor</code></a></p><h3 id="weights" tabindex="-1">weights <a class="header-anchor" href="#weights" aria-label="Permalink to &quot;weights&quot;">​</a></h3><p><a href="./../interfaces/MlaWeights"><code>MlaWeights</code></a></p><h3 id="options" tabindex="-1">options <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options&quot;">​</a></h3><p><a href="./../interfaces/MlaOptions"><code>MlaOptions</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/MlaProjection"><code>MlaProjection</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/mlaProject.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const mlaProject = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  mlaProject as default
};
