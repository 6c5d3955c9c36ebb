import { ssrRenderAttrs } from "vue/server-renderer";
import { useSSRContext } from "vue";
import { _ as _export_sfc } from "./plugin-vue_export-helper.1tPrXgE0.js";
const __pageData = JSON.parse('{"title":"Function: convertData()","description":"","frontmatter":{},"headers":[],"relativePath":"api/cryoet/functions/convertData.md","filePath":"api/cryoet/functions/convertData.md"}');
const _sfc_main = { name: "api/cryoet/functions/convertData.md" };
function _sfc_ssrRender(_ctx, _push, _parent, _attrs, $props, $setup, $data, $options) {
  _push(`<div${ssrRenderAttrs(_attrs)}><p><a href="./../"><strong>@modelsys/cryoet</strong></a></p><hr><p><a href="./../">@modelsys/cryoet</a> / convertData</p><h1 id="function-convertdata" tabindex="-1">Function: convertData() <a class="header-anchor" href="#function-convertdata" aria-label="Permalink to &quot;Function: convertData()&quot;">​</a></h1><blockquote><p><strong>convertData</strong>(<code>data</code>, <code>from</code>, <code>to</code>, <code>options?</code>): <a href="./../type-aliases/MrcData"><code>MrcData</code></a></p></blockquote><p>Converts real voxel values to the array type of another real mode (0, 1, 2, 6, 12 or 101). Integer targets round half to even; values outside the range throw <code>OUT_OF_RANGE</code> naming the first one, or are clipped with <code>overflow: &quot;clip&quot;</code>. NaN cannot convert to an integer mode. Mode 12 rounds to the nearest float16 value. A finite value that would round to ±∞ is out of range in the same way, while NaN and ±∞ stay as they are. Complex and RGB data are rejected.</p><h2 id="parameters" tabindex="-1">Parameters <a class="header-anchor" href="#parameters" aria-label="Permalink to &quot;Parameters&quot;">​</a></h2><h3 id="data" tabindex="-1">data <a class="header-anchor" href="#data" aria-label="Permalink to &quot;data&quot;">​</a></h3><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p><h3 id="from" tabindex="-1">from <a class="header-anchor" href="#from" aria-label="Permalink to &quot;from&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h3 id="to" tabindex="-1">to <a class="header-anchor" href="#to" aria-label="Permalink to &quot;to&quot;">​</a></h3><p><a href="./../type-aliases/MrcMode"><code>MrcMode</code></a></p><h3 id="options" tabindex="-1">options? <a class="header-anchor" href="#options" aria-label="Permalink to &quot;options?&quot;">​</a></h3><p><a href="./../interfaces/ConvertOptions"><code>ConvertOptions</code></a> = <code>{}</code></p><h2 id="returns" tabindex="-1">Returns <a class="header-anchor" href="#returns" aria-label="Permalink to &quot;Returns&quot;">​</a></h2><p><a href="./../type-aliases/MrcData"><code>MrcData</code></a></p></div>`);
}
const _sfc_setup = _sfc_main.setup;
_sfc_main.setup = (props, ctx) => {
  const ssrContext = useSSRContext();
  (ssrContext.modules || (ssrContext.modules = /* @__PURE__ */ new Set())).add("api/cryoet/functions/convertData.md");
  return _sfc_setup ? _sfc_setup(props, ctx) : void 0;
};
const convertData = /* @__PURE__ */ _export_sfc(_sfc_main, [["ssrRender", _sfc_ssrRender]]);
export {
  __pageData,
  convertData as default
};
