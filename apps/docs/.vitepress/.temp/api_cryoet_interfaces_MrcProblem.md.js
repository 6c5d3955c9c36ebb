import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MrcProblem","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/interfaces/MrcProblem.md","filePath":"api/cryoet/interfaces/MrcProblem.md"}');
const _sfc_main = { name: "api/cryoet/interfaces/MrcProblem.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / MrcProblem</p><h1 id="interface-mrcproblem" tabindex="-1">Interface: MrcProblem <a class="header-anchor" href="#interface-mrcproblem" aria-label="Permalink to &quot;Interface: MrcProblem&quot;">​</a></h1><p>One thing wrong with an MRC file, with the number of the validation check that finds it (see <a href="./../functions/validateMrc">validateMrc</a>). Strict reading throws the message as an <a href="./../classes/MrcError">MrcError</a>, and permissive reading and validation report the same message.</p><h2 id="extended-by" tabindex="-1">Extended by <a class="header-anchor" href="#extended-by" aria-label="Permalink to &quot;Extended by&quot;">​</a></h2><ul><li><a href="./MrcWarning"><code>MrcWarning</code></a></li></ul><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="check" tabindex="-1">check <a class="header-anchor" href="#check" aria-label="Permalink to &quot;check&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>check</strong>: <code>number</code></p></blockquote><hr><h3 id="code" tabindex="-1">code <a class="header-anchor" href="#code" aria-label="Permalink to &quot;code&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>code</strong>: <a href="./../type-aliases/MrcProblemCode"><code>MrcProblemCode</code></a></p></blockquote><hr><h3 id="field" tabindex="-1">field <a class="header-anchor" href="#field" aria-label="Permalink to &quot;field&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>field</strong>: <code>string</code></p></blockquote><p>Header field or part of the file at fault, such as <code>MODE</code> or <code>NSYMBT</code>.</p><hr><h3 id="message" tabindex="-1">message <a class="header-anchor" href="#message" aria-label="Permalink to &quot;message&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>message</strong>: <code>string</code></p></blockquote><hr><h3 id="value" tabindex="-1">value <a class="header-anchor" href="#value" aria-label="Permalink to &quot;value&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>value</strong>: <code>unknown</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/interfaces/MrcProblem.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MrcProblem = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MrcProblem as default
};
