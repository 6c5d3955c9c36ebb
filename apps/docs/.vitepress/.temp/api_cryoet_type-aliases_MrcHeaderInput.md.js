import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcHeaderInput","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcHeaderInput.md","filePath":"api/cryoet/type-aliases/MrcHeaderInput.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcHeaderInput.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcHeaderInput</p><h1 id="type-alias-mrcheaderinput" tabindex="-1">Type Alias: MrcHeaderInput <a class="header-anchor" href="#type-alias-mrcheaderinput" aria-label="Permalink to &quot;Type Alias: MrcHeaderInput&quot;">​</a></h1><blockquote><p><strong>MrcHeaderInput</strong> = <code>Omit</code>&lt;<a href="./../interfaces/MrcWriteInput"><code>MrcWriteInput</code></a>, <code>&quot;data&quot;</code> | <code>&quot;mode&quot;</code> | <code>&quot;computeStats&quot;</code>&gt; &amp; <code>object</code></p></blockquote><p>Metadata of a file to write, without its data: what <a href="./../functions/buildHeader">buildHeader</a> needs.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><blockquote><p><strong>mode</strong>: <a href="./MrcMode"><code>MrcMode</code></a></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcHeaderInput.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcHeaderInput = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcHeaderInput as default
};
