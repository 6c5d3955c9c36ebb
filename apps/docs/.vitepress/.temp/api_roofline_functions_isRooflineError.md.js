import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isRooflineError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/roofline/functions/isRooflineError.md","filePath":"api/roofline/functions/isRooflineError.md"}');
const _sfc_main = { name: "api/roofline/functions/isRooflineError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/roofline</strong></a></p><hr><p><a href="./../">@modelsys/roofline</a> / isRooflineError</p><h1 id="function-isrooflineerror" tabindex="-1">Function: isRooflineError() <a class="header-anchor" href="#function-isrooflineerror" aria-label="Permalink to &quot;Function: isRooflineError()&quot;">​</a></h1><blockquote><p><strong>isRooflineError</strong>(<code>error</code>): <code>error is RooflineError</code></p></blockquote><p>Returns true when <code>error</code> is a <a href="./../classes/RooflineError">RooflineError</a>, across bundle copies too.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>error is RooflineError</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/roofline/functions/isRooflineError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isRooflineError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isRooflineError as default
};
