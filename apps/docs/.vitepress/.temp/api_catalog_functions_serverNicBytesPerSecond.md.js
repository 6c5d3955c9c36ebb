import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: serverNicBytesPerSecond()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/serverNicBytesPerSecond.md","filePath":"api/catalog/functions/serverNicBytesPerSecond.md"}');
const _sfc_main = { name: "api/catalog/functions/serverNicBytesPerSecond.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / serverNicBytesPerSecond</p><h1 id="function-servernicbytespersecond" tabindex="-1">Function: serverNicBytesPerSecond() <a class="header-anchor" href="#function-servernicbytespersecond" aria-label="Permalink to &quot;Function: serverNicBytesPerSecond()&quot;">​</a></h1><blockquote><p><strong>serverNicBytesPerSecond</strong>(<code>accelerator</code>): <code>number</code></p></blockquote><p>Returns the total NIC bandwidth of one server in bytes per second.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h3><p><a href="./../interfaces/AcceleratorDescriptor"><code>AcceleratorDescriptor</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>number</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/serverNicBytesPerSecond.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const serverNicBytesPerSecond = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  serverNicBytesPerSecond as default
};
