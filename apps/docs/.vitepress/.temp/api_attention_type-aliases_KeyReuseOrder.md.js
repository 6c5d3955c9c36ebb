import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: KeyReuseOrder","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/type-aliases/KeyReuseOrder.md","filePath":"api/attention/type-aliases/KeyReuseOrder.md"}');
const _sfc_main = { name: "api/attention/type-aliases/KeyReuseOrder.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / KeyReuseOrder</p><h1 id="type-alias-keyreuseorder" tabindex="-1">Type Alias: KeyReuseOrder <a class="header-anchor" href="#type-alias-keyreuseorder" aria-label="Permalink to &quot;Type Alias: KeyReuseOrder&quot;">​</a></h1><blockquote><p><strong>KeyReuseOrder</strong> = <code>&quot;diag-alpha-left&quot;</code> | <code>&quot;diag-alpha-right&quot;</code></p></blockquote><p>Where <code>α</code> sits in the MFA-KR value map <code>M</code>: <code>diag-alpha-left</code> is <code>I + diag(α)·N</code> and <code>diag-alpha-right</code> is <code>I + N·diag(α)</code>. Secondary descriptions of arXiv:2412.19255 write it both ways.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/type-aliases/KeyReuseOrder.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const KeyReuseOrder = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  KeyReuseOrder as default
};
