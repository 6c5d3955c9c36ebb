import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_MAX_DATA_BYTES","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/variables/DEFAULT_MAX_DATA_BYTES.md","filePath":"api/cryoet/variables/DEFAULT_MAX_DATA_BYTES.md"}');
const _sfc_main = { name: "api/cryoet/variables/DEFAULT_MAX_DATA_BYTES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / DEFAULT_MAX_DATA_BYTES</p><h1 id="variable-default-max-data-bytes" tabindex="-1">Variable: DEFAULT_MAX_DATA_BYTES <a class="header-anchor" href="#variable-default-max-data-bytes" aria-label="Permalink to &quot;Variable: DEFAULT\\_MAX\\_DATA\\_BYTES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_MAX_DATA_BYTES</strong>: <code>number</code></p></blockquote><p>Default of <code>maxDataBytes</code>: 4 GiB, enough for a 1024³ float32 volume (a convention).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/variables/DEFAULT_MAX_DATA_BYTES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_MAX_DATA_BYTES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_MAX_DATA_BYTES as default
};
