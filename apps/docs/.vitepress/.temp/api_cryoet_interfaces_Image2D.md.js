import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Image2D","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/Image2D.md","filePath":"api/cryoet/interfaces/Image2D.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/Image2D.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Image2D</p><h1 id="interface-image2d" tabindex="-1">Interface: Image2D <a class="header-anchor" href="#interface-image2d" aria-label="Permalink to &quot;Interface: Image2D&quot;">​</a></h1><p>A 2-D image: <code>height × width</code> values, row-major, first row at the top of the PNG.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="height" tabindex="-1">height <a class="header-anchor" href="#height" aria-label="Permalink to &quot;height&quot;">​</a></h3><blockquote><p><strong>height</strong>: <code>number</code></p></blockquote><hr><h3 id="values" tabindex="-1">values <a class="header-anchor" href="#values" aria-label="Permalink to &quot;values&quot;">​</a></h3><blockquote><p><strong>values</strong>: <code>ArrayLike</code>&lt;<code>number</code>&gt;</p></blockquote><hr><h3 id="width" tabindex="-1">width <a class="header-anchor" href="#width" aria-label="Permalink to &quot;width&quot;">​</a></h3><blockquote><p><strong>width</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/Image2D.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Image2D = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Image2D as default
};
