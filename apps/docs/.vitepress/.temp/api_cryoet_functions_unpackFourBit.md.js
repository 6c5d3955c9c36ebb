import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: unpackFourBit()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/unpackFourBit.md","filePath":"api/cryoet/functions/unpackFourBit.md"}');
const _sfc_main = { name: "api/cryoet/functions/unpackFourBit.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / unpackFourBit</p><h1 id="function-unpackfourbit" tabindex="-1">Function: unpackFourBit() <a class="header-anchor" href="#function-unpackfourbit" aria-label="Permalink to &quot;Function: unpackFourBit()&quot;">​</a></h1><blockquote><p><strong>unpackFourBit</strong>(<code>bytes</code>, <code>nx</code>, <code>rows</code>): <code>Uint8Array</code></p></blockquote><p>Unpacks mode-101 rows of ceil(nx / 2) bytes, low nibble first, dropping the padding nibble of odd rows.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="bytes" tabindex="-1">bytes <a class="header-anchor" href="#bytes" aria-label="Permalink to &quot;bytes&quot;">​</a></h3><p><code>Uint8Array</code></p><h3 id="nx" tabindex="-1">nx <a class="header-anchor" href="#nx" aria-label="Permalink to &quot;nx&quot;">​</a></h3><p><code>number</code></p><h3 id="rows" tabindex="-1">rows <a class="header-anchor" href="#rows" aria-label="Permalink to &quot;rows&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>Uint8Array</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/unpackFourBit.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const unpackFourBit = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  unpackFourBit as default
};
