import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: SHREC_SIZE_GROUPS","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/SHREC_SIZE_GROUPS.md","filePath":"api/cryoet/variables/SHREC_SIZE_GROUPS.md"}');
const _sfc_main = { name: "api/cryoet/variables/SHREC_SIZE_GROUPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / SHREC_SIZE_GROUPS</p><h1 id="variable-shrec-size-groups" tabindex="-1">Variable: SHREC_SIZE_GROUPS <a class="header-anchor" href="#variable-shrec-size-groups" aria-label="Permalink to &quot;Variable: SHREC\\_SIZE\\_GROUPS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>SHREC_SIZE_GROUPS</strong>: <code>object</code></p></blockquote><p>Size groups of the scored proteins, as the SHREC 2021 paper reports results.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="large" tabindex="-1">large <a class="header-anchor" href="#large" aria-label="Permalink to &quot;large&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>large</strong>: readonly [<code>&quot;4CR2&quot;</code>, <code>&quot;5MRC&quot;</code>]</p></blockquote><h3 id="medium" tabindex="-1">medium <a class="header-anchor" href="#medium" aria-label="Permalink to &quot;medium&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>medium</strong>: readonly [<code>&quot;3D2F&quot;</code>, <code>&quot;1U6G&quot;</code>, <code>&quot;3CF3&quot;</code>, <code>&quot;1BXN&quot;</code>, <code>&quot;1QVR&quot;</code>]</p></blockquote><h3 id="small" tabindex="-1">small <a class="header-anchor" href="#small" aria-label="Permalink to &quot;small&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>small</strong>: readonly [<code>&quot;1S3X&quot;</code>, <code>&quot;3QM1&quot;</code>, <code>&quot;3GL1&quot;</code>, <code>&quot;3H84&quot;</code>, <code>&quot;2CG9&quot;</code>]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/SHREC_SIZE_GROUPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SHREC_SIZE_GROUPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SHREC_SIZE_GROUPS as default
};
