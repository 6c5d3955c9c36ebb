import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: POLICY_IDS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/POLICY_IDS.md","filePath":"api/prfaas/variables/POLICY_IDS.md"}');
const _sfc_main = { name: "api/prfaas/variables/POLICY_IDS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / POLICY_IDS</p><h1 id="variable-policy-ids" tabindex="-1">Variable: POLICY_IDS <a class="header-anchor" href="#variable-policy-ids" aria-label="Permalink to &quot;Variable: POLICY\\_IDS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>POLICY_IDS</strong>: readonly [<code>&quot;homogeneous-pd&quot;</code>, <code>&quot;naive-heterogeneous&quot;</code>, <code>&quot;prfaas&quot;</code>, <code>&quot;mooncake-ttft&quot;</code>]</p></blockquote><p>Routing policies of the simulator; the first three also exist in the analytical model.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/POLICY_IDS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const POLICY_IDS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  POLICY_IDS as default
};
