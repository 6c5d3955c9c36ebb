import { resolveComponent, useSSRContext } from "vue";
import { ssrRenderAttrs, ssrRenderStyle, ssrRenderComponent } from "vue/server-renderer";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"@modelsys/cryoet","description":"","frontmatter":{},"headers":[],"relativePath":"packages/cryoet.md","filePath":"packages/cryoet.md"}');
const _sfc_main = { name: "packages/cryoet.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  const _component_MrcViewer = resolveComponent("MrcViewer");
  const _component_LiveExample = resolveComponent("LiveExample");
  _push(`<div${ssrRenderAttrs(_attrs)}><h1 id="modelsys-cryoet" tabindex="-1">@modelsys/cryoet <a class="header-anchor" href="#modelsys-cryoet" aria-label="Permalink to &quot;@modelsys/cryoet&quot;">​</a></h1><p>MRC2014 volume I/O in Node and in the browser, validation, particle lists and SHREC 2021 scoring.</p><div class="language-sh vp-adaptive-theme"><button title="Copy Code" class="copy"></button><span class="lang">sh</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code><span class="line"><span style="${ssrRenderStyle({ "--shiki-light": "#6F42C1", "--shiki-dark": "#B392F0" })}">npm</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> install</span><span style="${ssrRenderStyle({ "--shiki-light": "#032F62", "--shiki-dark": "#9ECBFF" })}"> @modelsys/cryoet</span></span></code></pre></div><h2 id="concepts" tabindex="-1">Concepts <a class="header-anchor" href="#concepts" aria-label="Permalink to &quot;Concepts&quot;">​</a></h2><ul><li><strong>MRC2014</strong>: a 1024-byte header (dimensions, mode, cell, axis mapping, statistics, machine stamp, labels), an optional extended header, then the voxels. Modes 0, 1, 2, 3, 4, 6, 12 and 101 are read and written in both byte orders; gzip and bzip2 files are detected by their magic bytes.</li><li><strong>Strict and permissive</strong>: a strict read throws an <code>MrcError</code> naming the field and value; a permissive read warns with the same message and states the fallback. <code>validateMrc</code> runs the numbered checks and returns a report; <code>validateMrcSource</code> runs them on a byte source, reading the data in bounded chunks.</li><li><strong>Lazy access</strong>: byte sources (a <code>Blob</code>/<code>File</code>, HTTP range requests, a Node file handle) read only the header and the section, slice or sub-volume requested, with no limit on the file&#39;s size; only whole reads are limited by <code>maxDataBytes</code> (4 GiB by default).</li><li><strong>SHREC 2021</strong>: particle lists, and scoring by hits on the dilated occupancy mask: a particle found by any submission line is a true positive; the class only matters in the confusion matrix and the per-class figures. <code>duplicates</code> counts the particles hit more than once, as the official script reports them.</li></ul><h2 id="slice-viewer" tabindex="-1">Slice viewer <a class="header-anchor" href="#slice-viewer" aria-label="Permalink to &quot;Slice viewer&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_MrcViewer, null, null, _parent));
  _push(`<h2 id="shrec-scoring" tabindex="-1">SHREC scoring <a class="header-anchor" href="#shrec-scoring" aria-label="Permalink to &quot;SHREC scoring&quot;">​</a></h2>`);
  _push(ssrRenderComponent(_component_LiveExample, { id: "cryoet-shrec-scoring" }, null, _parent));
  _push(`</div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("packages/cryoet.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const cryoet = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  cryoet as default
};
