import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: formatParticleList()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/formatParticleList.md","filePath":"api/cryoet/functions/formatParticleList.md"}');
const _sfc_main = { name: "api/cryoet/functions/formatParticleList.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / formatParticleList</p><h1 id="function-formatparticlelist" tabindex="-1">Function: formatParticleList() <a class="header-anchor" href="#function-formatparticlelist" aria-label="Permalink to &quot;Function: formatParticleList()&quot;">​</a></h1><blockquote><p><strong>formatParticleList</strong>(<code>particles</code>): <code>string</code></p></blockquote><p>Formats particles as SHREC text: <code>CLASS x y z a1 a2 a3</code> per line, angles with 4 decimals, NaN kept.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="particles" tabindex="-1">particles <a class="header-anchor" href="#particles" aria-label="Permalink to &quot;particles&quot;">​</a></h3><p>readonly <code>Pick</code>&lt;<a href="./../interfaces/Particle"><code>Particle</code></a>, <code>&quot;x&quot;</code> | <code>&quot;y&quot;</code> | <code>&quot;z&quot;</code> | <code>&quot;className&quot;</code> | <code>&quot;angles&quot;</code>&gt;[]</p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/formatParticleList.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const formatParticleList = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  formatParticleList as default
};
