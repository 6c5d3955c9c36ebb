import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: frameSize()","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/functions/frameSize.md","filePath":"api/kvcache/functions/frameSize.md"}');
const _sfc_main = { name: "api/kvcache/functions/frameSize.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / frameSize</p><h1 id="function-framesize" tabindex="-1">Function: frameSize() <a class="header-anchor" href="#function-framesize" aria-label="Permalink to &quot;Function: frameSize()&quot;">​</a></h1><blockquote><p><strong>frameSize</strong>(<code>planes</code>): <a href="./../interfaces/FrameSize"><code>FrameSize</code></a></p></blockquote><p>Computes the exact size of a frame that holds every layer of every plane, without encoding anything. Planes with a deflate stage are counted at their size before deflate, an upper bound.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="planes" tabindex="-1">planes <a class="header-anchor" href="#planes" aria-label="Permalink to &quot;planes&quot;">​</a></h3><p>readonly <a href="./../interfaces/PlaneDescriptor"><code>PlaneDescriptor</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/FrameSize"><code>FrameSize</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/functions/frameSize.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const frameSize = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  frameSize as default
};
