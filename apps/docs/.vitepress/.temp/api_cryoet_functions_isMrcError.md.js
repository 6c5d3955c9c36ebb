import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: isMrcError()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/isMrcError.md","filePath":"api/cryoet/functions/isMrcError.md"}');
const _sfc_main = { name: "api/cryoet/functions/isMrcError.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / isMrcError</p><h1 id="function-ismrcerror" tabindex="-1">Function: isMrcError() <a class="header-anchor" href="#function-ismrcerror" aria-label="Permalink to &quot;Function: isMrcError()&quot;">​</a></h1><blockquote><p><strong>isMrcError</strong>(<code>error</code>): <code>error is MrcError</code></p></blockquote><p>Returns true when <code>error</code> is an <a href="./../classes/MrcError">MrcError</a>, across bundle copies too.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="error" tabindex="-1">error <a class="header-anchor" href="#error" aria-label="Permalink to &quot;error&quot;">​</a></h3><p><code>unknown</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>error is MrcError</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/isMrcError.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const isMrcError = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  isMrcError as default
};
