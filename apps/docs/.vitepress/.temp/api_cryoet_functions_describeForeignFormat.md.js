import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: describeForeignFormat()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/describeForeignFormat.md","filePath":"api/cryoet/functions/describeForeignFormat.md"}');
const _sfc_main = { name: "api/cryoet/functions/describeForeignFormat.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / describeForeignFormat</p><h1 id="function-describeforeignformat" tabindex="-1">Function: describeForeignFormat() <a class="header-anchor" href="#function-describeforeignformat" aria-label="Permalink to &quot;Function: describeForeignFormat()&quot;">​</a></h1><blockquote><p><strong>describeForeignFormat</strong>(<code>bytes</code>): <code>string</code> | <code>undefined</code></p></blockquote><p>Names the format of <code>bytes</code> (&quot;a PNG image&quot;) when it starts with a known non-MRC signature.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code> | <code>undefined</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/describeForeignFormat.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const describeForeignFormat = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  describeForeignFormat as default
};
