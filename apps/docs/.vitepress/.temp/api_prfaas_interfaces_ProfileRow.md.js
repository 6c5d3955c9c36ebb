import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProfileRow","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ProfileRow.md","filePath":"api/prfaas/interfaces/ProfileRow.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ProfileRow.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ProfileRow</p><h1 id="interface-profilerow" tabindex="-1">Interface: ProfileRow <a class="header-anchor" href="#interface-profilerow" aria-label="Permalink to &quot;Interface: ProfileRow&quot;">​</a></h1><p>One measured row: prefill of <code>tokens</code> new tokens on one instance.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kvbytes" tabindex="-1">kvBytes <a class="header-anchor" href="#kvbytes" aria-label="Permalink to &quot;kvBytes&quot;">​</a></h3><blockquote><p><strong>kvBytes</strong>: <code>number</code></p></blockquote><p>KV-cache (and state) bytes the request leaves behind.</p><hr><h3 id="prefillseconds" tabindex="-1">prefillSeconds <a class="header-anchor" href="#prefillseconds" aria-label="Permalink to &quot;prefillSeconds&quot;">​</a></h3><blockquote><p><strong>prefillSeconds</strong>: <code>number</code></p></blockquote><hr><h3 id="tokens" tabindex="-1">tokens <a class="header-anchor" href="#tokens" aria-label="Permalink to &quot;tokens&quot;">​</a></h3><blockquote><p><strong>tokens</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ProfileRow.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProfileRow = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProfileRow as default
};
