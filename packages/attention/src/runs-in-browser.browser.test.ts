// Checks that the ESM build of @modelsys/attention runs in a real browser and that its gpu.js
// back end, in WebGL2, agrees with the reference kernels within 1e-4. Bundles a small page with
// esbuild, serves it on 127.0.0.1 and evaluates it in headless Chromium (Debian's package,
// /usr/bin/chromium).
import { fileURLToPath } from "node:url";

import { chromiumAvailable, startBundledPage, type BundledPage } from "@modelsys/browser-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const hasChromium = chromiumAvailable("@modelsys/attention");

// The page compares the gpu.js back end with the reference on several masks and shapes and
// reports the largest absolute error of each, and the mode gpu.js chose.
const ENTRY = `
import { createSimdAttention, linear, scaledDotProductAttention, tensor } from "../dist/index.js";
import { createGpuAttentionBackend } from "../dist/gpu.js";
let seed = 12345;
const uniform = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const random = (shape, scale = 1) => {
  const data = new Float32Array(shape.reduce((a, b) => a * b, 1));
  for (let i = 0; i < data.length; i++) data[i] = (2 * uniform() - 1) * scale;
  return tensor(data, shape);
};
const maxError = (a, b) => {
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    if (!Number.isFinite(b[i])) { if (!Object.is(a[i], b[i])) return Infinity; continue; }
    worst = Math.max(worst, Math.abs(a[i] - b[i]) / (1 + Math.abs(b[i])));
  }
  return worst;
};
const report = { errors: {} };
try {
  const backend = createGpuAttentionBackend({ mode: "gpu" });
  report.mode = backend.mode;
  const cases = [
    ["gqa decode", [1, 8, 32], [64, 2, 32], [64, 2, 32], { mask: { kind: "causal" } }],
    ["causal prefill", [16, 4, 16], [16, 2, 16], [16, 2, 12], { mask: { kind: "causal" } }],
    ["sliding window", [16, 4, 16], [16, 1, 16], [16, 1, 16], { mask: { kind: "sliding", window: 5 } }],
    ["chunked", [12, 2, 8], [12, 2, 8], [12, 2, 8], { mask: { kind: "chunked", chunkSize: 4 } }],
    ["learned sinks", [6, 4, 8], [6, 2, 8], [6, 2, 8], { sinkLogits: new Float32Array([0.5, -1, 2, 0]) }],
    // Shaders need not propagate NaN, and a visible score far below any sentinel still counts.
    ["NaN query and value", [4, 2, 8], [4, 1, 8], [4, 1, 8], {}, (q, k, v) => { q.data[8] = NaN; v.data[8 + 3] = NaN; }],
    ["scores far below -1e30", [4, 2, 8], [4, 1, 8], [4, 1, 8], { mask: { kind: "sliding", window: 1 } }, (q, k) => { q.data.fill(1e16); k.data.fill(-1e16); }],
    // Finite inputs whose float32 scores pass 3.4e38, where a shader may give ∞, NaN or a clamp.
    ["float32 score overflow", [3, 2, 8], [5, 1, 8], [5, 1, 8], { mask: { kind: "none" } }, (q, k) => { q.data.forEach((x, i) => (q.data[i] = x * 1e19)); k.data.forEach((x, i) => (k.data[i] = x * 1e20)); }],
  ];
  for (const [name, qs, ks, vs, options, poison] of cases) {
    const q = random(qs, 2), k = random(ks, 2), v = random(vs);
    if (poison) poison(q, k, v);
    const expected = scaledDotProductAttention(q, k, v, options);
    const actual = backend.scaledDotProductAttention(q, k, v, options);
    report.errors[name] = Math.max(maxError(actual.output.data, expected.output.data), maxError(actual.logSumExp.data, expected.logSumExp.data));
  }
  const x = random([7, 40]), w = random([23, 40]);
  report.errors["linear"] = maxError(backend.linear(x, w).data, linear(x, w).data);
  const ones = tensor(new Float32Array([1, 1, 1, 1]), [1, 4]), overflowing = tensor(new Float32Array([2e38, 2e38, -2e38, 0]), [1, 4]);
  report.errors["linear float32 overflow"] = maxError(backend.linear(ones, overflowing).data, linear(ones, overflowing).data);
  backend.destroy();
  const simd = await createSimdAttention();
  const q = random([1, 8, 64], 2), k = random([50, 2, 64], 2), v = random([50, 2, 64]);
  report.errors["wasm simd decode"] = maxError(simd.scaledDotProductAttention(q, k, v).output.data, scaledDotProductAttention(q, k, v).output.data);
  const huge = random([2, 8, 64], 1e19), hugeKeys = random([50, 2, 64], 1e20);
  report.errors["wasm simd float32 overflow"] = maxError(simd.scaledDotProductAttention(huge, hugeKeys, v).output.data, scaledDotProductAttention(huge, hugeKeys, v).output.data);
  const cache = await simd.createKvCache({ kvHeads: 2, headDim: 64 }, 8);
  cache.append(k, v);
  report.errors["wasm simd kv cache"] = maxError(cache.attend(q).output.data, scaledDotProductAttention(q, k, v).output.data);
} catch (error) {
  report.failure = String(error && error.stack || error);
}
document.body.textContent = JSON.stringify(report);
`;

describe.skipIf(!hasChromium)("@modelsys/attention in headless Chromium", () => {
  let page: BundledPage;

  beforeAll(async () => {
    page = await startBundledPage({ entry: ENTRY, resolveDir: fileURLToPath(new URL(".", import.meta.url)) });
  });

  afterAll(async () => {
    await page?.close();
  });

  it("gpu.js in WebGL2 and WASM SIMD match the reference", async () => {
    const { result: report, consoleErrors } = await page.run<{ mode?: string; failure?: string; errors: Record<string, number> }>({ timeoutMs: 110_000 });

    expect(report.failure).toBeUndefined();
    expect(consoleErrors).toEqual([]);
    expect(report.mode).toBe("webgl2");
    expect(Object.keys(report.errors).sort()).toEqual([
      "NaN query and value",
      "causal prefill",
      "chunked",
      "float32 score overflow",
      "gqa decode",
      "learned sinks",
      "linear",
      "linear float32 overflow",
      "scores far below -1e30",
      "sliding window",
      "wasm simd decode",
      "wasm simd float32 overflow",
      "wasm simd kv cache",
    ]);
    for (const [name, error] of Object.entries(report.errors)) {
      expect(error, name).toBeLessThanOrEqual(1e-4);
    }
  });
});
