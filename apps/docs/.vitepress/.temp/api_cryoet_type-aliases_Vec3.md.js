import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Vec3","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/type-aliases/Vec3.md","filePath":"api/cryoet/type-aliases/Vec3.md"}');
const _sfc_main = { name: "api/cryoet/type-aliases/Vec3.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Vec3</p><h1 id="type-alias-vec3" tabindex="-1">Type Alias: Vec3 <a class="header-anchor" href="#type-alias-vec3" aria-label="Permalink to &quot;Type Alias: Vec3&quot;">​</a></h1><blockquote><p><strong>Vec3</strong> = [<code>number</code>, <code>number</code>, <code>number</code>]</p></blockquote><p>A vector along cell axes X, Y and Z.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/type-aliases/Vec3.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Vec3 = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Vec3 as default
};
