import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: InfeasibleLayout","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/interfaces/InfeasibleLayout.md","filePath":"api/afd/interfaces/InfeasibleLayout.md"}');
const _sfc_main = { name: "api/afd/interfaces/InfeasibleLayout.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / InfeasibleLayout</p><h1 id="interface-infeasiblelayout" tabindex="-1">Interface: InfeasibleLayout <a class="header-anchor" href="#interface-infeasiblelayout" aria-label="Permalink to &quot;Interface: InfeasibleLayout&quot;">​</a></h1><p>A layout with no feasible batch, and why.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="attentioninstances" tabindex="-1">attentionInstances <a class="header-anchor" href="#attentioninstances" aria-label="Permalink to &quot;attentionInstances&quot;">​</a></h3><blockquote><p><strong>attentionInstances</strong>: <code>number</code></p></blockquote><hr><h3 id="binding" tabindex="-1">binding <a class="header-anchor" href="#binding" aria-label="Permalink to &quot;binding&quot;">​</a></h3><blockquote><p><strong>binding</strong>: <a href="./../type-aliases/BindingConstraint"><code>BindingConstraint</code></a></p></blockquote><hr><h3 id="ffninstances" tabindex="-1">ffnInstances <a class="header-anchor" href="#ffninstances" aria-label="Permalink to &quot;ffnInstances&quot;">​</a></h3><blockquote><p><strong>ffnInstances</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/interfaces/InfeasibleLayout.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const InfeasibleLayout = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  InfeasibleLayout as default
};
