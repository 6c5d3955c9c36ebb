import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: attentionLabel()","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/functions/attentionLabel.md","filePath":"api/attention/functions/attentionLabel.md"}');
const _sfc_main = { name: "api/attention/functions/attentionLabel.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / attentionLabel</p><h1 id="function-attentionlabel" tabindex="-1">Function: attentionLabel() <a class="header-anchor" href="#function-attentionlabel" aria-label="Permalink to &quot;Function: attentionLabel()&quot;">​</a></h1><blockquote><p><strong>attentionLabel</strong>(<code>attention</code>): <code>string</code></p></blockquote><p>Returns the conventional short name of a design: MHA, GQA or MQA for grouped attention, then MFA, MFA-KR, MLA, Lightning or KDA, with a <code>SWA</code>/<code>chunked</code> suffix for local spans.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="attention" tabindex="-1">attention <a class="header-anchor" href="#attention" aria-label="Permalink to &quot;attention&quot;">​</a></h3><p><a href="./../type-aliases/AttentionKind"><code>AttentionKind</code></a></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><code>string</code></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/functions/attentionLabel.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const attentionLabel = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  attentionLabel as default
};
