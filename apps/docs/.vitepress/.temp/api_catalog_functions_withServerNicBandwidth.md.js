import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: withServerNicBandwidth()","description":"","frontmatter":{},"headers":[],"relativePath":"api/catalog/functions/withServerNicBandwidth.md","filePath":"api/catalog/functions/withServerNicBandwidth.md"}');
const _sfc_main = { name: "api/catalog/functions/withServerNicBandwidth.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/catalog</strong></a></p><hr><p><a href="./../">@modelsys/catalog</a> / withServerNicBandwidth</p><h1 id="function-withservernicbandwidth" tabindex="-1">Function: withServerNicBandwidth() <a class="header-anchor" href="#function-withservernicbandwidth" aria-label="Permalink to &quot;Function: withServerNicBandwidth()&quot;">​</a></h1><blockquote><p><strong>withServerNicBandwidth</strong>(<code>accelerator</code>, <code>gbpsPerServer</code>): <a href="./../interfaces/AcceleratorDescriptor"><code>AcceleratorDescriptor</code></a></p></blockquote><p>Returns a copy of <code>accelerator</code> whose server has <code>gbpsPerServer</code> Gbit/s of NIC bandwidth in total, over the same number of NICs (for <code>--nic-gbps</code>).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="accelerator" tabindex="-1">accelerator <a class="header-anchor" href="#accelerator" aria-label="Permalink to &quot;accelerator&quot;">​</a></h3><p><a href="./../interfaces/AcceleratorDescriptor"><code>AcceleratorDescriptor</code></a></p><h3 id="gbpsperserver" tabindex="-1">gbpsPerServer <a class="header-anchor" href="#gbpsperserver" aria-label="Permalink to &quot;gbpsPerServer&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/AcceleratorDescriptor"><code>AcceleratorDescriptor</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/catalog/functions/withServerNicBandwidth.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const withServerNicBandwidth = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  withServerNicBandwidth as default
};
