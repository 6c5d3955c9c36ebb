import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ModeValueRange","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ModeValueRange.md","filePath":"api/cryoet/interfaces/ModeValueRange.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ModeValueRange.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ModeValueRange</p><h1 id="interface-modevaluerange" tabindex="-1">Interface: ModeValueRange <a class="header-anchor" href="#interface-modevaluerange" aria-label="Permalink to &quot;Interface: ModeValueRange&quot;">​</a></h1><p>The finite values a mode stores: integers from <code>min</code> to <code>max</code>, or floats with magnitudes up to <code>max</code>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="integers" tabindex="-1">integers <a class="header-anchor" href="#integers" aria-label="Permalink to &quot;integers&quot;">​</a></h3><blockquote><p><strong>integers</strong>: <code>boolean</code></p></blockquote><hr><h3 id="max" tabindex="-1">max <a class="header-anchor" href="#max" aria-label="Permalink to &quot;max&quot;">​</a></h3><blockquote><p><strong>max</strong>: <code>number</code></p></blockquote><hr><h3 id="min" tabindex="-1">min <a class="header-anchor" href="#min" aria-label="Permalink to &quot;min&quot;">​</a></h3><blockquote><p><strong>min</strong>: <code>number</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ModeValueRange.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ModeValueRange = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ModeValueRange as default
};
