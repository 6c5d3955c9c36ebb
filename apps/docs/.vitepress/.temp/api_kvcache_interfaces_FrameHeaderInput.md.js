import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FrameHeaderInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/FrameHeaderInput.md","filePath":"api/kvcache/interfaces/FrameHeaderInput.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/FrameHeaderInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / FrameHeaderInput</p><h1 id="interface-frameheaderinput" tabindex="-1">Interface: FrameHeaderInput <a class="header-anchor" href="#interface-frameheaderinput" aria-label="Permalink to &quot;Interface: FrameHeaderInput&quot;">​</a></h1><p>What a frame describes besides its chunks.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./FrameInput"><code>FrameInput</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="firsttoken" tabindex="-1">firstToken <a class="header-anchor" href="#firsttoken" aria-label="Permalink to &quot;firstToken&quot;">​</a></h3><blockquote><p><strong>firstToken</strong>: <code>number</code></p></blockquote><p>Absolute index of the first token the frame&#39;s token planes cover.</p><hr><h3 id="planes" tabindex="-1">planes <a class="header-anchor" href="#planes" aria-label="Permalink to &quot;planes&quot;">​</a></h3><blockquote><p><strong>planes</strong>: <a href="./PlaneDescriptor"><code>PlaneDescriptor</code></a>[]</p></blockquote><hr><h3 id="sourcelayout" tabindex="-1">sourceLayout? <a class="header-anchor" href="#sourcelayout" aria-label="Permalink to &quot;sourceLayout?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>sourceLayout?</strong>: <a href="./../type-aliases/SourceLayout"><code>SourceLayout</code></a></p></blockquote><p>Default <code>unspecified</code>.</p><hr><h3 id="tokencount" tabindex="-1">tokenCount <a class="header-anchor" href="#tokencount" aria-label="Permalink to &quot;tokenCount&quot;">​</a></h3><blockquote><p><strong>tokenCount</strong>: <code>number</code></p></blockquote><p>Tokens the token planes cover; their token axis must have this length.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/FrameHeaderInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FrameHeaderInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FrameHeaderInput as default
};
