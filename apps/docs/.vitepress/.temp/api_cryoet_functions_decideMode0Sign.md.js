import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: decideMode0Sign()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/decideMode0Sign.md","filePath":"api/cryoet/functions/decideMode0Sign.md"}');
const _sfc_main = { name: "api/cryoet/functions/decideMode0Sign.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / decideMode0Sign</p><h1 id="function-decidemode0sign" tabindex="-1">Function: decideMode0Sign() <a class="header-anchor" href="#function-decidemode0sign" aria-label="Permalink to &quot;Function: decideMode0Sign()&quot;">​</a></h1><blockquote><p><strong>decideMode0Sign</strong>(<code>header</code>, <code>option?</code>): <code>object</code></p></blockquote><p>Decides the sign of mode-0 bytes from the header alone, so that lazy and full reads agree.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p><h3 id="option" tabindex="-1">option? <a class="header-anchor" href="#option" aria-label="Permalink to &quot;option?&quot;">​</a></h3><p><a href="./../type-aliases/Mode0Sign"><code>Mode0Sign</code></a> = <code>&quot;auto&quot;</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>object</code></p><h3 id="rule" tabindex="-1">rule <a class="header-anchor" href="#rule" aria-label="Permalink to &quot;rule&quot;">​</a></h3><blockquote><p><strong>rule</strong>: <a href="./../type-aliases/Mode0Rule"><code>Mode0Rule</code></a></p></blockquote><h3 id="signed" tabindex="-1">signed <a class="header-anchor" href="#signed" aria-label="Permalink to &quot;signed&quot;">​</a></h3><blockquote><p><strong>signed</strong>: <code>boolean</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/decideMode0Sign.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const decideMode0Sign = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  decideMode0Sign as default
};
