import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: Box","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/Box.md","filePath":"api/cryoet/interfaces/Box.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/Box.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / Box</p><h1 id="interface-box" tabindex="-1">Interface: Box <a class="header-anchor" href="#interface-box" aria-label="Permalink to &quot;Interface: Box&quot;">​</a></h1><p>A half-open index range [start, end) along each file axis. Omitted axes span the whole axis.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="x" tabindex="-1">x? <a class="header-anchor" href="#x" aria-label="Permalink to &quot;x?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>x?</strong>: [<code>number</code>, <code>number</code>]</p></blockquote><hr><h3 id="y" tabindex="-1">y? <a class="header-anchor" href="#y" aria-label="Permalink to &quot;y?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>y?</strong>: [<code>number</code>, <code>number</code>]</p></blockquote><hr><h3 id="z" tabindex="-1">z? <a class="header-anchor" href="#z" aria-label="Permalink to &quot;z?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>z?</strong>: [<code>number</code>, <code>number</code>]</p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/Box.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const Box = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  Box as default
};
