import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: parseParticleList()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/parseParticleList.md","filePath":"api/cryoet/functions/parseParticleList.md"}');
const _sfc_main = { name: "api/cryoet/functions/parseParticleList.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / parseParticleList</p><h1 id="function-parseparticlelist" tabindex="-1">Function: parseParticleList() <a class="header-anchor" href="#function-parseparticlelist" aria-label="Permalink to &quot;Function: parseParticleList()&quot;">​</a></h1><blockquote><p><strong>parseParticleList</strong>(<code>text</code>, <code>options?</code>): <a href="./../interfaces/Particle"><code>Particle</code></a>[]</p></blockquote><p>Parses a SHREC particle list. Blank lines and lines whose first non-space character is <code>#</code> are skipped and not numbered. A token such as <code>12NaN</code> is split into <code>12 NaN</code>. Fields after the seventh are ignored; missing angles are NaN. Throws a <a href="./../classes/ShrecError">ShrecError</a> naming the line for fewer than four fields, a non-finite coordinate, a fractional ground-truth coordinate or an unknown class.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="text" tabindex="-1">text <a class="header-anchor" href="#text" aria-label="Permalink to &quot;text&quot;">​</a></h3><p><code>string</code></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ParseParticlesOptions"><code>ParseParticlesOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/Particle"><code>Particle</code></a>[]</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/parseParticleList.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const parseParticleList = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  parseParticleList as default
};
