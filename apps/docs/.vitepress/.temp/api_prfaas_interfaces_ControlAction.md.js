import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ControlAction","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ControlAction.md","filePath":"api/prfaas/interfaces/ControlAction.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ControlAction.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ControlAction</p><h1 id="interface-controlaction" tabindex="-1">Interface: ControlAction <a class="header-anchor" href="#interface-controlaction" aria-label="Permalink to &quot;Interface: ControlAction&quot;">​</a></h1><p>Changes a control loop requests; absent fields stay as they are.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="placement" tabindex="-1">placement? <a class="header-anchor" href="#placement" aria-label="Permalink to &quot;placement?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>placement?</strong>: <a href="./../type-aliases/Placement"><code>Placement</code></a></p></blockquote><hr><h3 id="thresholdtokens" tabindex="-1">thresholdTokens? <a class="header-anchor" href="#thresholdtokens" aria-label="Permalink to &quot;thresholdTokens?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>thresholdTokens?</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ControlAction.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ControlAction = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ControlAction as default
};
