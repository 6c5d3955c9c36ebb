import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: ANALYTICAL_POLICY_IDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/ANALYTICAL_POLICY_IDS.md","filePath":"api/prfaas/variables/ANALYTICAL_POLICY_IDS.md"}');
const _sfc_main = { name: "api/prfaas/variables/ANALYTICAL_POLICY_IDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ANALYTICAL_POLICY_IDS</p><h1 id="variable-analytical-policy-ids" tabindex="-1">Variable: ANALYTICAL_POLICY_IDS <a class="header-anchor" href="#variable-analytical-policy-ids" aria-label="Permalink to &quot;Variable: ANALYTICAL\\_POLICY\\_IDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>ANALYTICAL_POLICY_IDS</strong>: readonly [<code>&quot;homogeneous-pd&quot;</code>, <code>&quot;naive-heterogeneous&quot;</code>, <code>&quot;prfaas&quot;</code>]</p></blockquote><p>Policies of the analytical model (<code>mooncake-ttft</code> is a simulator policy only).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/ANALYTICAL_POLICY_IDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ANALYTICAL_POLICY_IDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ANALYTICAL_POLICY_IDS as default
};
