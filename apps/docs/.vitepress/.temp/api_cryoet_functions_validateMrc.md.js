import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: validateMrc()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/validateMrc.md","filePath":"api/cryoet/functions/validateMrc.md"}');
const _sfc_main = { name: "api/cryoet/functions/validateMrc.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / validateMrc</p><h1 id="function-validatemrc" tabindex="-1">Function: validateMrc() <a class="header-anchor" href="#function-validatemrc" aria-label="Permalink to &quot;Function: validateMrc()&quot;">​</a></h1><blockquote><p><strong>validateMrc</strong>(<code>input</code>, <code>options?</code>): <a href="./../interfaces/ValidationReport"><code>ValidationReport</code></a></p></blockquote><p>Validates an MRC file against MRC2014 and returns every problem found:</p><ol><li>The file has at least 1024 bytes (after decompression).</li><li>The map ID is <code>&quot;MAP &quot;</code>.</li><li>The machine stamp is 44 44, 44 41 or 11 11.</li><li>MODE is 0, 1, 2, 3, 4, 6, 12 or 101 (16 is read but fails this check).</li><li>NX, NY, NZ &gt; 0; MX, MY, MZ ≥ 0 and CELLA ≥ 0, with a voxel size defined on every axis.</li><li>MAPC, MAPR, MAPS are a permutation of 1, 2, 3.</li><li>The file size is 1024 + NSYMBT + the data block size.</li><li>NSYMBT ≥ 0, EXTTYP is set when NSYMBT &gt; 0, and FEI headers hold a block per section.</li><li>DMIN and DMAX equal the data extremes (after rounding to float32) and DMEAN is within tolerance of the mean, unless undetermined (DMAX &lt; DMIN, DMEAN &lt; min(DMIN, DMAX)).</li><li>RMS is within tolerance of the population standard deviation, unless negative.</li><li>NLABL counts the non-blank labels, is 0-10, and no blank label sits between used ones.</li><li>A volume stack (ISPG 401-630) has MZ &gt; 0 and NZ divisible by MZ.</li><li>NVERSION is 20140 or 20141.</li><li>ISPG is 0, 1-230 or 401-630.</li></ol><p>NaN header statistics fail checks 9 and 10, and data with NaN or ±∞ fails them for every determined statistic. Unlike mrcfile, DMIN = DMAX is compared, a zero cell fails check 5, a padded FEI2 header passes check 8, and check 14 exists.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="input" tabindex="-1">input <a class="header-anchor" href="#input" aria-label="Permalink to &quot;input&quot;">​</a></h3><p><code>ArrayBuffer</code> | <code>Uint8Array</code>&lt;<code>ArrayBufferLike</code>&gt;</p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ValidateOptions"><code>ValidateOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../interfaces/ValidationReport"><code>ValidationReport</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/validateMrc.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const validateMrc = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  validateMrc as default
};
