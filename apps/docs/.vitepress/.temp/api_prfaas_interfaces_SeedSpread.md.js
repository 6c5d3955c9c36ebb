import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: SeedSpread","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/SeedSpread.md","filePath":"api/prfaas/interfaces/SeedSpread.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/SeedSpread.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / SeedSpread</p><h1 id="interface-seedspread" tabindex="-1">Interface: SeedSpread <a class="header-anchor" href="#interface-seedspread" aria-label="Permalink to &quot;Interface: SeedSpread&quot;">​</a></h1><p>The spread of one quantity over the seeds of a report.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="max" tabindex="-1">max <a class="header-anchor" href="#max" aria-label="Permalink to &quot;max&quot;">​</a></h3><blockquote><p><strong>max</strong>: <code>number</code></p></blockquote><hr><h3 id="mean" tabindex="-1">mean <a class="header-anchor" href="#mean" aria-label="Permalink to &quot;mean&quot;">​</a></h3><blockquote><p><strong>mean</strong>: <code>number</code></p></blockquote><hr><h3 id="min" tabindex="-1">min <a class="header-anchor" href="#min" aria-label="Permalink to &quot;min&quot;">​</a></h3><blockquote><p><strong>min</strong>: <code>number</code></p></blockquote><hr><h3 id="standarddeviation" tabindex="-1">standardDeviation <a class="header-anchor" href="#standarddeviation" aria-label="Permalink to &quot;standardDeviation&quot;">​</a></h3><blockquote><p><strong>standardDeviation</strong>: <code>number</code></p></blockquote><p>Sample standard deviation (n − 1).</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/SeedSpread.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const SeedSpread = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  SeedSpread as default
};
