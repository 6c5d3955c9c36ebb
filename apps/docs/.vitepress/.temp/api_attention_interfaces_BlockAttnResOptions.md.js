import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: BlockAttnResOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/BlockAttnResOptions.md","filePath":"api/attention/interfaces/BlockAttnResOptions.md"}');
const _sfc_main = { name: "api/attention/interfaces/BlockAttnResOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / BlockAttnResOptions</p><h1 id="interface-blockattnresoptions" tabindex="-1">Interface: BlockAttnResOptions <a class="header-anchor" href="#interface-blockattnresoptions" aria-label="Permalink to &quot;Interface: BlockAttnResOptions&quot;">​</a></h1><p>Options of the Block AttnRes runners.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blocksize" tabindex="-1">blockSize <a class="header-anchor" href="#blocksize" aria-label="Permalink to &quot;blockSize&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>blockSize</strong>: <code>number</code></p></blockquote><p>Sublayers per block, <code>S</code>; the sublayer count <code>L</code> must be a multiple of it.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/BlockAttnResOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const BlockAttnResOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  BlockAttnResOptions as default
};
