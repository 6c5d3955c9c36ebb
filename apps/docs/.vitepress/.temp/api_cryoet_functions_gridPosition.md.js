import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: gridPosition()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/gridPosition.md","filePath":"api/cryoet/functions/gridPosition.md"}');
const _sfc_main = { name: "api/cryoet/functions/gridPosition.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / gridPosition</p><h1 id="function-gridposition" tabindex="-1">Function: gridPosition() <a class="header-anchor" href="#function-gridposition" aria-label="Permalink to &quot;Function: gridPosition()&quot;">​</a></h1><blockquote><p><strong>gridPosition</strong>(<code>layout</code>, <code>column</code>, <code>row</code>, <code>section</code>): [<code>number</code>, <code>number</code>, <code>number</code>]</p></blockquote><p>Returns the grid position (X, Y, Z) of the voxel at column <code>c</code>, row <code>r</code> and section <code>s</code>: p[MAPC] = c + NXSTART, p[MAPR] = r + NYSTART, p[MAPS] = s + NZSTART.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="layout" tabindex="-1">layout <a class="header-anchor" href="#layout" aria-label="Permalink to &quot;layout&quot;">​</a></h3><p><code>Pick</code>&lt;<a href="./../interfaces/MrcLayout"><code>MrcLayout</code></a>, <code>&quot;header&quot;</code> | <code>&quot;axisMapping&quot;</code>&gt;</p><h3 id="column" tabindex="-1">column <a class="header-anchor" href="#column" aria-label="Permalink to &quot;column&quot;">​</a></h3><p><code>number</code></p><h3 id="row" tabindex="-1">row <a class="header-anchor" href="#row" aria-label="Permalink to &quot;row&quot;">​</a></h3><p><code>number</code></p><h3 id="section" tabindex="-1">section <a class="header-anchor" href="#section" aria-label="Permalink to &quot;section&quot;">​</a></h3><p><code>number</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p>[<code>number</code>, <code>number</code>, <code>number</code>]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/gridPosition.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const gridPosition = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  gridPosition as default
};
