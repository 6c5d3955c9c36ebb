import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: PRESETS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/PRESETS.md","filePath":"api/prfaas/variables/PRESETS.md"}');
const _sfc_main = { name: "api/prfaas/variables/PRESETS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / PRESETS</p><h1 id="variable-presets" tabindex="-1">Variable: PRESETS <a class="header-anchor" href="#variable-presets" aria-label="Permalink to &quot;Variable: PRESETS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>PRESETS</strong>: readonly <a href="./../interfaces/PrfaasPreset"><code>PrfaasPreset</code></a>[]</p></blockquote><p>Built-in presets by id.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/PRESETS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const PRESETS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  PRESETS as default
};
