import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: creationLabel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/creationLabel.md","filePath":"api/cryoet/functions/creationLabel.md"}');
const _sfc_main = { name: "api/cryoet/functions/creationLabel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / creationLabel</p><h1 id="function-creationlabel" tabindex="-1">Function: creationLabel() <a class="header-anchor" href="#function-creationlabel" aria-label="Permalink to &quot;Function: creationLabel()&quot;">​</a></h1><blockquote><p><strong>creationLabel</strong>(<code>now?</code>): <code>string</code></p></blockquote><p>Returns the creation label: &quot;Created by @modelsys/cryoet&quot; left-aligned in 40 characters, a UTC &quot;YYYY-MM-DD HH:MM:SS&quot; right-aligned in 39, then a space (mrcfile&#39;s layout, in UTC).</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="now" tabindex="-1">now? <a class="header-anchor" href="#now" aria-label="Permalink to &quot;now?&quot;">​</a></h3><p><code>Date</code> = <code>...</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/creationLabel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const creationLabel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  creationLabel as default
};
