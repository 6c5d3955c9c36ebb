import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: FULL_TIMELINE_MAX_BUCKETS","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/FULL_TIMELINE_MAX_BUCKETS.md","filePath":"api/prfaas/variables/FULL_TIMELINE_MAX_BUCKETS.md"}');
const _sfc_main = { name: "api/prfaas/variables/FULL_TIMELINE_MAX_BUCKETS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / FULL_TIMELINE_MAX_BUCKETS</p><h1 id="variable-full-timeline-max-buckets" tabindex="-1">Variable: FULL_TIMELINE_MAX_BUCKETS <a class="header-anchor" href="#variable-full-timeline-max-buckets" aria-label="Permalink to &quot;Variable: FULL\\_TIMELINE\\_MAX\\_BUCKETS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>FULL_TIMELINE_MAX_BUCKETS</strong>: <code>number</code></p></blockquote><p>Default timeline bound of <code>requestLog: &quot;full&quot;</code>: 2^20 buckets, over 12 days of simulated time at the default one-second bucket, so a trace with a distant arrival merges buckets instead of allocating one per second.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/FULL_TIMELINE_MAX_BUCKETS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const FULL_TIMELINE_MAX_BUCKETS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  FULL_TIMELINE_MAX_BUCKETS as default
};
