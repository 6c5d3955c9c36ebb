import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: getLabels()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/getLabels.md","filePath":"api/cryoet/functions/getLabels.md"}');
const _sfc_main = { name: "api/cryoet/functions/getLabels.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / getLabels</p><h1 id="function-getlabels" tabindex="-1">Function: getLabels() <a class="header-anchor" href="#function-getlabels" aria-label="Permalink to &quot;Function: getLabels()&quot;">​</a></h1><blockquote><p><strong>getLabels</strong>(<code>header</code>): <code>string</code>[]</p></blockquote><p>Returns the labels in use: labels 0 to min(NLABL, 10) - 1, as mrcfile&#39;s get_labels does.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/getLabels.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const getLabels = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  getLabels as default
};
