import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: LinkTimeline","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/LinkTimeline.md","filePath":"api/prfaas/interfaces/LinkTimeline.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/LinkTimeline.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / LinkTimeline</p><h1 id="interface-linktimeline" tabindex="-1">Interface: LinkTimeline <a class="header-anchor" href="#interface-linktimeline" aria-label="Permalink to &quot;Interface: LinkTimeline&quot;">​</a></h1><p>Bytes sent per time bucket, for link utilisation over time.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="bucketseconds" tabindex="-1">bucketSeconds <a class="header-anchor" href="#bucketseconds" aria-label="Permalink to &quot;bucketSeconds&quot;">​</a></h3><blockquote><p><strong>bucketSeconds</strong>: <code>number</code></p></blockquote><hr><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><blockquote><p><strong>bytes</strong>: <code>number</code>[]</p></blockquote><p>Bytes sent in each bucket.</p><hr><h3 id="capacitybytes" tabindex="-1">capacityBytes <a class="header-anchor" href="#capacitybytes" aria-label="Permalink to &quot;capacityBytes&quot;">​</a></h3><blockquote><p><strong>capacityBytes</strong>: <code>number</code>[]</p></blockquote><p>Nominal capacity of each bucket in bytes (nominal rate × bandwidth factor × bucket).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/LinkTimeline.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const LinkTimeline = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  LinkTimeline as default
};
