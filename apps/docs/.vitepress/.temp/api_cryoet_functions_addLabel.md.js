import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: addLabel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/addLabel.md","filePath":"api/cryoet/functions/addLabel.md"}');
const _sfc_main = { name: "api/cryoet/functions/addLabel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / addLabel</p><h1 id="function-addlabel" tabindex="-1">Function: addLabel() <a class="header-anchor" href="#function-addlabel" aria-label="Permalink to &quot;Function: addLabel()&quot;">​</a></h1><blockquote><p><strong>addLabel</strong>(<code>header</code>, <code>text</code>): <code>void</code></p></blockquote><p>Adds <code>text</code> as the next label and increments NLABL. The text must be printable ASCII (0x20-0x7E) of at most 80 characters; it is padded with spaces when written.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="header" tabindex="-1">header <a class="header-anchor" href="#header" aria-label="Permalink to &quot;header&quot;">​</a></h3><p><a href="./../interfaces/MrcHeader"><code>MrcHeader</code></a></p><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>void</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/addLabel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const addLabel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  addLabel as default
};
