import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: MrcProblemCode","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/MrcProblemCode.md","filePath":"api/cryoet/type-aliases/MrcProblemCode.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/MrcProblemCode.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcProblemCode</p><h1 id="type-alias-mrcproblemcode" tabindex="-1">Type Alias: MrcProblemCode <a class="header-anchor" href="#type-alias-mrcproblemcode" aria-label="Permalink to &quot;Type Alias: MrcProblemCode&quot;">​</a></h1><blockquote><p><strong>MrcProblemCode</strong> = <a href="./MrcErrorCode"><code>MrcErrorCode</code></a> | <a href="./MrcWarningCode"><code>MrcWarningCode</code></a></p></blockquote><p>Stable code of an <a href="./../interfaces/MrcProblem">MrcProblem</a>: an error code, or a code that is only a warning.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/MrcProblemCode.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcProblemCode = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcProblemCode as default
};
