import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_TPOT_MS","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/MAX_TPOT_MS.md","filePath":"api/afd/variables/MAX_TPOT_MS.md"}');
const _sfc_main = { name: "api/afd/variables/MAX_TPOT_MS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / MAX_TPOT_MS</p><h1 id="variable-max-tpot-ms" tabindex="-1">Variable: MAX_TPOT_MS <a class="header-anchor" href="#variable-max-tpot-ms" aria-label="Permalink to &quot;Variable: MAX\\_TPOT\\_MS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MAX_TPOT_MS</strong>: <code>60000</code> = <code>60_000</code></p></blockquote><p>Largest TPOT target accepted: one minute per output token is past any serving target.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/MAX_TPOT_MS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_TPOT_MS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_TPOT_MS as default
};
