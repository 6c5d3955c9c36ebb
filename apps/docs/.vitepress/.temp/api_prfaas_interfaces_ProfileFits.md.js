import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProfileFits","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ProfileFits.md","filePath":"api/prfaas/interfaces/ProfileFits.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ProfileFits.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ProfileFits</p><h1 id="interface-profilefits" tabindex="-1">Interface: ProfileFits <a class="header-anchor" href="#interface-profilefits" aria-label="Permalink to &quot;Interface: ProfileFits&quot;">​</a></h1><p>Least-squares fits of a profile table, used outside its measured range.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="kvbytes" tabindex="-1">kvBytes <a class="header-anchor" href="#kvbytes" aria-label="Permalink to &quot;kvBytes&quot;">​</a></h3><blockquote><p><strong>kvBytes</strong>: <code>object</code></p></blockquote><p>kvBytes ≈ intercept + slope · tokens.</p><h4 id="intercept" tabindex="-1">intercept <a class="header-anchor" href="#intercept" aria-label="Permalink to &quot;intercept&quot;">​</a></h4><blockquote><p><strong>intercept</strong>: <code>number</code></p></blockquote><h4 id="slope" tabindex="-1">slope <a class="header-anchor" href="#slope" aria-label="Permalink to &quot;slope&quot;">​</a></h4><blockquote><p><strong>slope</strong>: <code>number</code></p></blockquote><hr><h3 id="prefillseconds" tabindex="-1">prefillSeconds <a class="header-anchor" href="#prefillseconds" aria-label="Permalink to &quot;prefillSeconds&quot;">​</a></h3><blockquote><p><strong>prefillSeconds</strong>: <code>object</code></p></blockquote><p>prefillSeconds ≈ c0 + c1 · tokens + c2 · tokens².</p><h4 id="c0" tabindex="-1">c0 <a class="header-anchor" href="#c0" aria-label="Permalink to &quot;c0&quot;">​</a></h4><blockquote><p><strong>c0</strong>: <code>number</code></p></blockquote><h4 id="c1" tabindex="-1">c1 <a class="header-anchor" href="#c1" aria-label="Permalink to &quot;c1&quot;">​</a></h4><blockquote><p><strong>c1</strong>: <code>number</code></p></blockquote><h4 id="c2" tabindex="-1">c2 <a class="header-anchor" href="#c2" aria-label="Permalink to &quot;c2&quot;">​</a></h4><blockquote><p><strong>c2</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ProfileFits.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProfileFits = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProfileFits as default
};
