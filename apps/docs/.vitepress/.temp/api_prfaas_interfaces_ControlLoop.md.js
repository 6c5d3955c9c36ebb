import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Interface: ControlLoop","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/interfaces/ControlLoop.md","filePath":"api/prfaas/interfaces/ControlLoop.md"}');
const _sfc_main = { name: "api/prfaas/interfaces/ControlLoop.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / ControlLoop</p><h1 id="interface-controlloop" tabindex="-1">Interface: ControlLoop <a class="header-anchor" href="#interface-controlloop" aria-label="Permalink to &quot;Interface: ControlLoop&quot;">​</a></h1><p>A periodic controller; the simulator applies its action at once.</p><h2 id="properties" tabindex="-1">Properties <a class="header-anchor" href="#properties" aria-label="Permalink to &quot;Properties&quot;">​</a></h2><h3 id="periodms" tabindex="-1">periodMs <a class="header-anchor" href="#periodms" aria-label="Permalink to &quot;periodMs&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>periodMs</strong>: <code>number</code></p></blockquote><h2 id="methods" tabindex="-1">Methods <a class="header-anchor" href="#methods" aria-label="Permalink to &quot;Methods&quot;">​</a></h2><h3 id="update" tabindex="-1">update() <a class="header-anchor" href="#update" aria-label="Permalink to &quot;update()&quot;">​</a></h3><blockquote><p><strong>update</strong>(<code>window</code>): <a href="./ControlAction"><code>ControlAction</code></a></p></blockquote><h4 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h4><h5 id="window" tabindex="-1">window <a class="header-anchor" href="#window" aria-label="Permalink to &quot;window&quot;">​</a></h5><p><a href="./MetricsWindow"><code>MetricsWindow</code></a></p><h4 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h4><p><a href="./ControlAction"><code>ControlAction</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/interfaces/ControlLoop.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const ControlLoop = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  ControlLoop as default
};
