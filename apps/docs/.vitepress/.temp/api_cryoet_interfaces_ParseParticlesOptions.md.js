import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ParseParticlesOptions","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/ParseParticlesOptions.md","filePath":"api/cryoet/interfaces/ParseParticlesOptions.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/ParseParticlesOptions.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / ParseParticlesOptions</p><h1 id="interface-parseparticlesoptions" tabindex="-1">Interface: ParseParticlesOptions <a class="header-anchor" href="#interface-parseparticlesoptions" aria-label="Permalink to &quot;Interface: ParseParticlesOptions&quot;">​</a></h1><p>Options of <a href="./../functions/parseParticleList">parseParticleList</a>.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="file" tabindex="-1">file? <a class="header-anchor" href="#file" aria-label="Permalink to &quot;file?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>file?</strong>: <code>string</code></p></blockquote><p>File name used in messages.</p><hr><h3 id="groundtruth" tabindex="-1">groundTruth? <a class="header-anchor" href="#groundtruth" aria-label="Permalink to &quot;groundTruth?&quot;">​</a></h3><blockquote><p><code>optional</code> <strong>groundTruth?</strong>: <code>boolean</code></p></blockquote><p>Ground truth requires integer x, y, z; submissions may use any finite numbers. Default false.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/ParseParticlesOptions.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ParseParticlesOptions = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ParseParticlesOptions as default
};
