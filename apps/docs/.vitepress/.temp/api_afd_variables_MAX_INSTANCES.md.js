import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: MAX_INSTANCES","description":"","frontmatter":{},"headers":[],"relativePath":"api/afd/variables/MAX_INSTANCES.md","filePath":"api/afd/variables/MAX_INSTANCES.md"}');
const _sfc_main = { name: "api/afd/variables/MAX_INSTANCES.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/afd</strong></a></p><hr><p><a href="./../">@modelsys/afd</a> / MAX_INSTANCES</p><h1 id="variable-max-instances" tabindex="-1">Variable: MAX_INSTANCES <a class="header-anchor" href="#variable-max-instances" aria-label="Permalink to &quot;Variable: MAX\\_INSTANCES&quot;">​</a></h1><blockquote><p><code>const</code> <strong>MAX_INSTANCES</strong>: <code>64</code> = <code>64</code></p></blockquote><p>Largest attention or FFN instance count searched: 64 servers of each kind, 1,024 GPUs at 8 per server.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/afd/variables/MAX_INSTANCES.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MAX_INSTANCES = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MAX_INSTANCES as default
};
