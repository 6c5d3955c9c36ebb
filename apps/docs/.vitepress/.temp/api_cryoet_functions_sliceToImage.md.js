import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: sliceToImage()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/sliceToImage.md","filePath":"api/cryoet/functions/sliceToImage.md"}');
const _sfc_main = { name: "api/cryoet/functions/sliceToImage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / sliceToImage</p><h1 id="function-slicetoimage" tabindex="-1">Function: sliceToImage() <a class="header-anchor" href="#function-slicetoimage" aria-label="Permalink to &quot;Function: sliceToImage()&quot;">​</a></h1><blockquote><p><strong>sliceToImage</strong>(<code>slice</code>, <code>axis</code>): <a href="./../interfaces/Image2D"><code>Image2D</code></a></p></blockquote><p>Turns a slice from <code>MrcReader.readSlice(axis, index)</code>, of shape <code>[nz, ny, nx]</code> with a length of 1 on <code>axis</code>, into an image with the axes <a href="./projectVolume">projectVolume</a> uses: <code>z</code> gives <code>ny × nx</code>, <code>y</code> gives <code>nz × nx</code>, <code>x</code> gives <code>nz × ny</code>. The values are shared, not copied. Throws <code>INVALID_ARGUMENT</code> for complex data (a component axis) or a shape that is not one slice along <code>axis</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="slice" tabindex="-1">slice <a class="header-anchor" href="#slice" aria-label="Permalink to &quot;slice&quot;">​</a></h3><h4 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h4><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p><h4 id="shape" tabindex="-1">shape <a class="header-anchor" href="#shape" aria-label="Permalink to &quot;shape&quot;">​</a></h4><p>readonly <code>number</code>[]</p><h3 id="axis" tabindex="-1">axis <a class="header-anchor" href="#axis" aria-label="Permalink to &quot;axis&quot;">​</a></h3><p><code>&quot;x&quot;</code> | <code>&quot;y&quot;</code> | <code>&quot;z&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Image2D"><code>Image2D</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/sliceToImage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const sliceToImage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  sliceToImage as default
};
