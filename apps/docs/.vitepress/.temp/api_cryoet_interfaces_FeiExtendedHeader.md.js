import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: FeiExtendedHeader","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/FeiExtendedHeader.md","filePath":"api/cryoet/interfaces/FeiExtendedHeader.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/FeiExtendedHeader.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / FeiExtendedHeader</p><h1 id="interface-feiextendedheader" tabindex="-1">Interface: FeiExtendedHeader <a class="header-anchor" href="#interface-feiextendedheader" aria-label="Permalink to &quot;Interface: FeiExtendedHeader&quot;">​</a></h1><p>The decoded FEI extended header.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="blockbytes" tabindex="-1">blockBytes <a class="header-anchor" href="#blockbytes" aria-label="Permalink to &quot;blockBytes&quot;">​</a></h3><blockquote><p><strong>blockBytes</strong>: <code>number</code></p></blockquote><p>Block length in bytes from the first block&#39;s &quot;Metadata size&quot;.</p><hr><h3 id="blocks" tabindex="-1">blocks <a class="header-anchor" href="#blocks" aria-label="Permalink to &quot;blocks&quot;">​</a></h3><blockquote><p><strong>blocks</strong>: <a href="./../type-aliases/FeiBlock"><code>FeiBlock</code></a>[]</p></blockquote><hr><h3 id="type" tabindex="-1">type <a class="header-anchor" href="#type" aria-label="Permalink to &quot;type&quot;">​</a></h3><blockquote><p><strong>type</strong>: <code>&quot;FEI1&quot;</code> | <code>&quot;FEI2&quot;</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/FeiExtendedHeader.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FeiExtendedHeader = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FeiExtendedHeader as default
};
