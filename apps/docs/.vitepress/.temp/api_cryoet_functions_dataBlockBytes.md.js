import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: dataBlockBytes()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/dataBlockBytes.md","filePath":"api/cryoet/functions/dataBlockBytes.md"}');
const _sfc_main = { name: "api/cryoet/functions/dataBlockBytes.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / dataBlockBytes</p><h1 id="function-datablockbytes" tabindex="-1">Function: dataBlockBytes() <a class="header-anchor" href="#function-datablockbytes" aria-label="Permalink to &quot;Function: dataBlockBytes()&quot;">​</a></h1><blockquote><p><strong>dataBlockBytes</strong>(<code>mode</code>, <code>nx</code>, <code>ny</code>, <code>nz</code>): <code>bigint</code></p></blockquote><p>Returns the data block size in bytes of <code>nx × ny × nz</code> voxels of <code>mode</code> as a bigint, so that absurd header values cannot overflow. Mode 101 rows take ceil(nx / 2) bytes.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="mode" tabindex="-1">mode <a class="header-anchor" href="#mode" aria-label="Permalink to &quot;mode&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h3 id="nx" tabindex="-1">nx <a class="header-anchor" href="#nx" aria-label="Permalink to &quot;nx&quot;">​</a></h3><p><code>number</code></p><h3 id="ny" tabindex="-1">ny <a class="header-anchor" href="#ny" aria-label="Permalink to &quot;ny&quot;">​</a></h3><p><code>number</code></p><h3 id="nz" tabindex="-1">nz <a class="header-anchor" href="#nz" aria-label="Permalink to &quot;nz&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>bigint</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/dataBlockBytes.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const dataBlockBytes = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  dataBlockBytes as default
};
