import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: RawEncoding","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/interfaces/RawEncoding.md","filePath":"api/kvcache/interfaces/RawEncoding.md"}');
const _sfc_main = { name: "api/kvcache/interfaces/RawEncoding.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / RawEncoding</p><h1 id="interface-rawencoding" tabindex="-1">Interface: RawEncoding <a class="header-anchor" href="#interface-rawencoding" aria-label="Permalink to &quot;Interface: RawEncoding&quot;">​</a></h1><p>Elements stored as they are (<code>elementType</code> itself).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="codec" tabindex="-1">codec <a class="header-anchor" href="#codec" aria-label="Permalink to &quot;codec&quot;">​</a></h3><blockquote><p><strong>codec</strong>: <code>&quot;raw&quot;</code></p></blockquote><hr><h3 id="stages" tabindex="-1">stages? <a class="header-anchor" href="#stages" aria-label="Permalink to &quot;stages?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>stages?</strong>: <a href="./../type-aliases/Stage"><code>Stage</code></a>[]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/interfaces/RawEncoding.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const RawEncoding = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  RawEncoding as default
};
