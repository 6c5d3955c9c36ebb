import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: modeForArray()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/modeForArray.md","filePath":"api/cryoet/functions/modeForArray.md"}');
const _sfc_main = { name: "api/cryoet/functions/modeForArray.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / modeForArray</p><h1 id="function-modeforarray" tabindex="-1">Function: modeForArray() <a class="header-anchor" href="#function-modeforarray" aria-label="Permalink to &quot;Function: modeForArray()&quot;">​</a></h1><blockquote><p><strong>modeForArray</strong>(<code>data</code>): <a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p></blockquote><p>Returns the mode mrcfile would pick for a typed array, or throws for unsupported types.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/modeForArray.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const modeForArray = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  modeForArray as default
};
