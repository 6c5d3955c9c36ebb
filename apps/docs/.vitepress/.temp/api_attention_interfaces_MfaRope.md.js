import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: MfaRope","description":"","frontmatter":{},"headers":[],"relativePath":"api/attention/interfaces/MfaRope.md","filePath":"api/attention/interfaces/MfaRope.md"}');
const _sfc_main = { name: "api/attention/interfaces/MfaRope.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/attention</strong></a></p><hr><p><a href="./../">@modelsys/attention</a> / MfaRope</p><h1 id="interface-mfarope" tabindex="-1">Interface: MfaRope <a class="header-anchor" href="#interface-mfarope" aria-label="Permalink to &quot;Interface: MfaRope&quot;">​</a></h1><p>RoPE settings of MFA; Step-3 uses rotate-half with theta 500,000 on all 256 channels (vLLM <code>get_rope</code> default).</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="style" tabindex="-1">style? <a class="header-anchor" href="#style" aria-label="Permalink to &quot;style?&quot;">​</a></h3><blockquote><p><code>readonly</code> <code>optional</code> <strong>style?</strong>: <a href="./../type-aliases/RopeStyle"><code>RopeStyle</code></a></p></blockquote><p>Defaults to <code>rotate-half</code>, as Step-3 runs it.</p><hr><h3 id="theta" tabindex="-1">theta <a class="header-anchor" href="#theta" aria-label="Permalink to &quot;theta&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>theta</strong>: <code>number</code></p></blockquote><p>The RoPE base. Required, because MFA models differ and none is a safe default.</p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/attention/interfaces/MfaRope.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const MfaRope = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  MfaRope as default
};
