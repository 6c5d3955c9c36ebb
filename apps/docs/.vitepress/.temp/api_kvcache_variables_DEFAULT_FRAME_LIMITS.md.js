import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: DEFAULT_FRAME_LIMITS","description":"","frontmatter":{},"headers":[],"relativePath":"api/kvcache/variables/DEFAULT_FRAME_LIMITS.md","filePath":"api/kvcache/variables/DEFAULT_FRAME_LIMITS.md"}');
const _sfc_main = { name: "api/kvcache/variables/DEFAULT_FRAME_LIMITS.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/kvcache</strong></a></p><hr><p><a href="./../">@modelsys/kvcache</a> / DEFAULT_FRAME_LIMITS</p><h1 id="variable-default-frame-limits" tabindex="-1">Variable: DEFAULT_FRAME_LIMITS <a class="header-anchor" href="#variable-default-frame-limits" aria-label="Permalink to &quot;Variable: DEFAULT\\_FRAME\\_LIMITS&quot;">​</a></h1><blockquote><p><code>const</code> <strong>DEFAULT_FRAME_LIMITS</strong>: <code>Readonly</code>&lt;<a href="./../interfaces/FrameLimits"><code>FrameLimits</code></a>&gt;</p></blockquote><p>The default <a href="./../interfaces/FrameLimits">FrameLimits</a>.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/kvcache/variables/DEFAULT_FRAME_LIMITS.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const DEFAULT_FRAME_LIMITS = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  DEFAULT_FRAME_LIMITS as default
};
