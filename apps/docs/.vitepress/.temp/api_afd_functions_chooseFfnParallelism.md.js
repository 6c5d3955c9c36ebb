import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: chooseFfnParallelism()","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/functions/chooseFfnParallelism.md","filePath":"api/afd/functions/chooseFfnParallelism.md"}');
const _sfc_main = { name: "api/afd/functions/chooseFfnParallelism.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / chooseFfnParallelism</p><h1 id="function-chooseffnparallelism" tabindex="-1">Function: chooseFfnParallelism() <a class="header-anchor" href="#function-chooseffnparallelism" aria-label="Permalink to &quot;Function: chooseFfnParallelism()&quot;">​</a></h1><blockquote><p><strong>chooseFfnParallelism</strong>(<code>model</code>, <code>gpusPerInstance</code>, <code>ffnInstances</code>, <code>requested</code>): <a href="./../type-aliases/FfnParallelism"><code>FfnParallelism</code></a> | <code>null</code></p></blockquote><p>Returns how the FFN weights can be split over <code>ffnInstances</code> instances of <code>gpusPerInstance</code> GPUs, evenly as the stage-time model assumes, or null if <code>requested</code> cannot split them evenly. <code>ep</code>: every GPU holds whole experts, so the routed expert count must divide by the GPU count. <code>tp</code>: every expert is split over one instance&#39;s GPUs, so its width must divide by the GPUs per instance, and the experts must divide by the instance count. <code>ep+tp</code> mixes both and always fits. The preferred split is <code>ep</code> (no all-reduce inside an instance), then <code>tp</code>. NOTE: stage times leave out the NVLink all-reduce that <code>tp</code> adds inside an instance. The split only decides which layouts can divide the weights, and <code>ep</code> and <code>tp</code> give equal times.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><p><code>ModelDescriptor</code></p><h3 id="gpusperinstance" tabindex="-1">gpusPerInstance <a class="header-anchor" href="#gpusperinstance" aria-label="Permalink to &quot;gpusPerInstance&quot;">​</a></h3><p><code>number</code></p><h3 id="ffninstances" tabindex="-1">ffnInstances <a class="header-anchor" href="#ffninstances" aria-label="Permalink to &quot;ffnInstances&quot;">​</a></h3><p><code>number</code></p><h3 id="requested" tabindex="-1">requested <a class="header-anchor" href="#requested" aria-label="Permalink to &quot;requested&quot;">​</a></h3><p><a href="./../type-aliases/FfnParallelism"><code>FfnParallelism</code></a> | <code>&quot;auto&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/FfnParallelism"><code>FfnParallelism</code></a> | <code>null</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/functions/chooseFfnParallelism.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const chooseFfnParallelism = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  chooseFfnParallelism as default
};
