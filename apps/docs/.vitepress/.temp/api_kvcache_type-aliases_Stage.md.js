import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Type Alias: Stage","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/type-aliases/Stage.md","filePath":"api/kvcache/type-aliases/Stage.md"}');
const _sfc_main = { name: "api/kvcache/type-aliases/Stage.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / Stage</p><h1 id="type-alias-stage" tabindex="-1">Type Alias: Stage <a class="header-anchor" href="#type-alias-stage" aria-label="Permalink to &quot;Type Alias: Stage&quot;">​</a></h1><blockquote><p><strong>Stage</strong> = <code>&quot;byte-split&quot;</code> | <code>&quot;deflate&quot;</code></p></blockquote><p>Stages applied to a chunk&#39;s bytes after the codec, in order: byte-plane split, raw deflate.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/type-aliases/Stage.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Stage = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Stage as default
};
