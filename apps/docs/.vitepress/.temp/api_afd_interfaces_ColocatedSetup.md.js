import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ColocatedSetup","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/ColocatedSetup.md","filePath":"api/afd/interfaces/ColocatedSetup.md"}');
const _sfc_main = { name: "api/afd/interfaces/ColocatedSetup.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / ColocatedSetup</p><h1 id="interface-colocatedsetup" tabindex="-1">Interface: ColocatedSetup <a class="header-anchor" href="#interface-colocatedsetup" aria-label="Permalink to &quot;Interface: ColocatedSetup&quot;">​</a></h1><p>The co-located setup to match against a published figure.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h3><blockquote><p><strong>accelerator</strong>: <code>AcceleratorDescriptor</code></p></blockquote><hr><h3 id="context" tabindex="-1">context <a class="header-anchor" href="#context" aria-label="Permalink to &quot;context&quot;">​</a></h3><blockquote><p><strong>context</strong>: <code>number</code> | readonly <a href="./ContextSample"><code>ContextSample</code></a>[]</p></blockquote><p>One context length in tokens, or a distribution.</p><hr><h3 id="ffnelementtype" tabindex="-1">ffnElementType <a class="header-anchor" href="#ffnelementtype" aria-label="Permalink to &quot;ffnElementType&quot;">​</a></h3><blockquote><p><strong>ffnElementType</strong>: <code>ElementType</code></p></blockquote><hr><h3 id="gpus" tabindex="-1">gpus <a class="header-anchor" href="#gpus" aria-label="Permalink to &quot;gpus&quot;">​</a></h3><blockquote><p><strong>gpus</strong>: <code>number</code></p></blockquote><hr><h3 id="model" tabindex="-1">model <a class="header-anchor" href="#model" aria-label="Permalink to &quot;model&quot;">​</a></h3><blockquote><p><strong>model</strong>: <code>ModelDescriptor</code></p></blockquote><hr><h3 id="tpotms" tabindex="-1">tpotMs <a class="header-anchor" href="#tpotms" aria-label="Permalink to &quot;tpotMs&quot;">​</a></h3><blockquote><p><strong>tpotMs</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/ColocatedSetup.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ColocatedSetup = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ColocatedSetup as default
};
