import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ProjectMrcOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ProjectMrcOptions.md","filePath":"api/cryoet/interfaces/ProjectMrcOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ProjectMrcOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ProjectMrcOptions</p><h1 id="interface-projectmrcoptions" tabindex="-1">Interface: ProjectMrcOptions <a class="header-anchor" href="#interface-projectmrcoptions" aria-label="Permalink to &quot;Interface: ProjectMrcOptions&quot;">​</a></h1><p>Options of <a href="./../functions/projectMrc">projectMrc</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="chunkbytes" tabindex="-1">chunkBytes? <a class="header-anchor" href="#chunkbytes" aria-label="Permalink to &quot;chunkBytes?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>chunkBytes?</strong>: <code>number</code></p></blockquote><p>Bytes of sections read at a time. Default 16 MiB; at least one section is read at a time.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ProjectMrcOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ProjectMrcOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ProjectMrcOptions as default
};
