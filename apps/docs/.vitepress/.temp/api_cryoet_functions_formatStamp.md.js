import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatStamp()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/formatStamp.md","filePath":"api/cryoet/functions/formatStamp.md"}');
const _sfc_main = { name: "api/cryoet/functions/formatStamp.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / formatStamp</p><h1 id="function-formatstamp" tabindex="-1">Function: formatStamp() <a class="header-anchor" href="#function-formatstamp" aria-label="Permalink to &quot;Function: formatStamp()&quot;">​</a></h1><blockquote><p><strong>formatStamp</strong>(<code>stamp</code>): <code>string</code></p></blockquote><p>Formats a machine stamp as <code>44 41 00 00</code>.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="stamp" tabindex="-1">stamp <a class="header-anchor" href="#stamp" aria-label="Permalink to &quot;stamp&quot;">​</a></h3><p><code>ArrayLike</code>&lt;<code>number</code>&gt;</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/formatStamp.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatStamp = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatStamp as default
};
