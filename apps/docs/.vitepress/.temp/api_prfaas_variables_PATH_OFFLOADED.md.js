import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PATH_OFFLOADED","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/PATH_OFFLOADED.md","filePath":"api/prfaas/variables/PATH_OFFLOADED.md"}');
const _sfc_main = { name: "api/prfaas/variables/PATH_OFFLOADED.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PATH_OFFLOADED</p><h1 id="variable-path-offloaded" tabindex="-1">Variable: PATH_OFFLOADED <a class="header-anchor" href="#variable-path-offloaded" aria-label="Permalink to &quot;Variable: PATH\\_OFFLOADED&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PATH_OFFLOADED</strong>: <code>1</code> = <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/PATH_OFFLOADED.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PATH_OFFLOADED = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PATH_OFFLOADED as default
};
