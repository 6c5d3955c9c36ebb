import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: KNOWN_EXTTYPS","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/KNOWN_EXTTYPS.md","filePath":"api/cryoet/variables/KNOWN_EXTTYPS.md"}');
const _sfc_main = { name: "api/cryoet/variables/KNOWN_EXTTYPS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / KNOWN_EXTTYPS</p><h1 id="variable-known-exttyps" tabindex="-1">Variable: KNOWN_EXTTYPS <a class="header-anchor" href="#variable-known-exttyps" aria-label="Permalink to &quot;Variable: KNOWN\\_EXTTYPS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>KNOWN_EXTTYPS</strong>: readonly [<code>&quot;CCP4&quot;</code>, <code>&quot;MRCO&quot;</code>, <code>&quot;SERI&quot;</code>, <code>&quot;AGAR&quot;</code>, <code>&quot;FEI1&quot;</code>, <code>&quot;FEI2&quot;</code>, <code>&quot;HDF5&quot;</code>]</p></blockquote><p>Extended header types that count as set (the list mrcfile accepts).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/KNOWN_EXTTYPS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KNOWN_EXTTYPS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KNOWN_EXTTYPS as default
};
