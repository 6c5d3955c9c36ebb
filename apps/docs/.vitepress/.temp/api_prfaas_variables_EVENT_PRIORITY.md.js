import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Variable: EVENT_PRIORITY","description":"","frontmatter":{},"headers":[],"relativePath":"api/prfaas/variables/EVENT_PRIORITY.md","filePath":"api/prfaas/variables/EVENT_PRIORITY.md"}');
const _sfc_main = { name: "api/prfaas/variables/EVENT_PRIORITY.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/prfaas</strong></a></p><hr><p><a href="./../">@modelsys/prfaas</a> / EVENT_PRIORITY</p><h1 id="variable-event-priority" tabindex="-1">Variable: EVENT_PRIORITY <a class="header-anchor" href="#variable-event-priority" aria-label="Permalink to &quot;Variable: EVENT\\_PRIORITY&quot;">​</a></h1><blockquote><p><code>const</code> <strong>EVENT_PRIORITY</strong>: <code>object</code></p></blockquote><p>Event classes in the order they run at equal times. Completions come first so that an arrival at the same microsecond sees the capacity they free; control ticks run after completions and before arrivals, so a tick sees the state at its time.</p><h2 id="type-declaration" tabindex="-1">Type Declaration <a class="header-anchor" href="#type-declaration" aria-label="Permalink to &quot;Type Declaration&quot;">​</a></h2><h3 id="arrival" tabindex="-1">arrival <a class="header-anchor" href="#arrival" aria-label="Permalink to &quot;arrival&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>arrival</strong>: <code>5</code> = <code>5</code></p></blockquote><h3 id="controltick" tabindex="-1">controlTick <a class="header-anchor" href="#controltick" aria-label="Permalink to &quot;controlTick&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>controlTick</strong>: <code>4</code> = <code>4</code></p></blockquote><h3 id="decodedone" tabindex="-1">decodeDone <a class="header-anchor" href="#decodedone" aria-label="Permalink to &quot;decodeDone&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>decodeDone</strong>: <code>3</code> = <code>3</code></p></blockquote><h3 id="kvarrival" tabindex="-1">kvArrival <a class="header-anchor" href="#kvarrival" aria-label="Permalink to &quot;kvArrival&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>kvArrival</strong>: <code>2</code> = <code>2</code></p></blockquote><h3 id="prefilldone" tabindex="-1">prefillDone <a class="header-anchor" href="#prefilldone" aria-label="Permalink to &quot;prefillDone&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>prefillDone</strong>: <code>0</code> = <code>0</code></p></blockquote><h3 id="transferwakeup" tabindex="-1">transferWakeup <a class="header-anchor" href="#transferwakeup" aria-label="Permalink to &quot;transferWakeup&quot;">​</a></h3><blockquote><p><code>readonly</code> <strong>transferWakeup</strong>: <code>1</code> = <code>1</code></p></blockquote></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/prfaas/variables/EVENT_PRIORITY.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const EVENT_PRIORITY = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  EVENT_PRIORITY as default
};
