import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: fitProfile()","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/functions/fitProfile.md","filePath":"api/prfaas/functions/fitProfile.md"}');
const _sfc_main = { name: "api/prfaas/functions/fitProfile.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / fitProfile</p><h1 id="function-fitprofile" tabindex="-1">Function: fitProfile() <a class="header-anchor" href="#function-fitprofile" aria-label="Permalink to &quot;Function: fitProfile()&quot;">​</a></h1><blockquote><p><strong>fitProfile</strong>(<code>rows</code>): <a href="./../interfaces/ProfileFits"><code>ProfileFits</code></a></p></blockquote><p>Fits a line to KV bytes and a quadratic to prefill time by least squares.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p>readonly <a href="./../interfaces/ProfileRow"><code>ProfileRow</code></a>[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ProfileFits"><code>ProfileFits</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/functions/fitProfile.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const fitProfile = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  fitProfile as default
};
