// Attention benchmarks in one process, all on the same shapes. They run the TypeScript reference
// (the ratio baseline) and the WASM SIMD fast path with K and V copied per call. The same kernels
// also run on a SimdKvCache whose K and V stay in WebAssembly memory, as in a decode loop. The
// gpu.js back end runs in its Node mode (webasm), and onnxruntime-node 1.30.0 on one thread is
// the external anchor. The ONNX graphs come from bench/generate-onnx.py. Group titles give the
// FLOPs (4·H_q·d per visible query-key pair) and the K and V bytes read per call, from which
// scripts/record-benchmarks.mjs computes GFLOP/s and GiB/s. On a shared machine, compare the
// ratios within one group, which come from the same run.
import { readFileSync } from "node:fs";

import * as ort from "onnxruntime-node";
import { bench, describe } from "vitest";

import { createGpuAttentionBackend } from "../src/gpu.js";
import { createSimdAttention, scaledDotProductAttention, type Tensor } from "../src/index.js";
import { randomTensor, seededUniform } from "../src/testing/random.js";

const simd = await createSimdAttention();
const gpu = createGpuAttentionBackend({ mode: "webasm" });
const sessionOptions: ort.InferenceSession.SessionOptions = { intraOpNumThreads: 1, interOpNumThreads: 1, executionMode: "sequential", graphOptimizationLevel: "all" };

/** Reorders [T, H, d] into head-major [H, T, d], the layout the ONNX graphs take. */
function headMajor(source: Tensor): Float32Array {
  const [rows, heads, width] = source.shape as [number, number, number];
  const out = new Float32Array(source.data.length);
  for (let t = 0; t < rows; t++) {
    for (let h = 0; h < heads; h++) out.set(source.data.subarray((t * heads + h) * width, (t * heads + h + 1) * width), (h * rows + t) * width);
  }
  return out;
}

interface Shape {
  readonly title: string;
  readonly graph: string;
  readonly queryRows: number;
  readonly keyRows: number;
  readonly queryHeads: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly causalPrefill: boolean;
}

const shapes: Shape[] = [
  { title: "decode, context 8192, 64 query heads, 8 KV heads, head_dim 128", graph: "decode-gqa-64-8-128", queryRows: 1, keyRows: 8192, queryHeads: 64, kvHeads: 8, headDim: 128, causalPrefill: false },
  { title: "decode, context 8192, Step-3 MFA shape: 64 query heads, 1 KV head, head_dim 256", graph: "decode-step3-64-1-256", queryRows: 1, keyRows: 8192, queryHeads: 64, kvHeads: 1, headDim: 256, causalPrefill: false },
  { title: "causal prefill, T = 2048, 4 query heads, 1 KV head, head_dim 128", graph: "prefill-4-1-128", queryRows: 2048, keyRows: 2048, queryHeads: 4, kvHeads: 1, headDim: 128, causalPrefill: true },
];

for (const shape of shapes) {
  const next = seededUniform(shape.keyRows + shape.queryHeads);
  const query = randomTensor(next, [shape.queryRows, shape.queryHeads, shape.headDim]);
  const key = randomTensor(next, [shape.keyRows, shape.kvHeads, shape.headDim]);
  const value = randomTensor(next, [shape.keyRows, shape.kvHeads, shape.headDim]);
  const visiblePairs = shape.causalPrefill ? (shape.queryRows * (shape.queryRows + 1)) / 2 : shape.keyRows;
  const gflop = (4 * shape.queryHeads * shape.headDim * visiblePairs) / 1e9;
  const kvMiB = (key.data.byteLength + value.data.byteLength) / 2 ** 20;

  const session = await ort.InferenceSession.create(readFileSync(new URL(`./${shape.graph}.onnx`, import.meta.url)), sessionOptions);
  const group = shape.queryHeads / shape.kvHeads;
  const feeds: Record<string, ort.Tensor> = shape.causalPrefill
    ? {
        q: new ort.Tensor("float32", headMajor(query), [shape.queryHeads, shape.queryRows, shape.headDim]),
        k: new ort.Tensor("float32", headMajor(key), [1, shape.keyRows, shape.headDim]),
        v: new ort.Tensor("float32", headMajor(value), [1, shape.keyRows, shape.headDim]),
        mask: new ort.Tensor("float32", Float32Array.from({ length: shape.queryRows * shape.keyRows }, (_, i) => (i % shape.keyRows <= Math.floor(i / shape.keyRows) ? 0 : -Infinity)), [shape.queryRows, shape.keyRows]),
      }
    : {
        q: new ort.Tensor("float32", query.data, [shape.kvHeads, group, shape.headDim]),
        k: new ort.Tensor("float32", headMajor(key), [shape.kvHeads, shape.keyRows, shape.headDim]),
        v: new ort.Tensor("float32", headMajor(value), [shape.kvHeads, shape.keyRows, shape.headDim]),
      };
  const slow = { time: 0, iterations: shape.causalPrefill ? 1 : 3, warmupIterations: 0, warmupTime: 0 };
  const fast = { time: 2000, warmupIterations: 2 };
  const heading = `${shape.title} (${gflop.toFixed(3)} GFLOP, ${kvMiB.toFixed(0)} MiB of K and V per call)`;
  const cache = await simd.createKvCache({ kvHeads: shape.kvHeads, headDim: shape.headDim }, shape.keyRows);
  cache.append(key, value);

  describe(heading, () => {
    bench("baseline: reference (TypeScript, float64)", () => {
      scaledDotProductAttention(query, key, value);
    }, slow);
    bench("WASM SIMD, K and V copied per call", () => {
      simd.scaledDotProductAttention(query, key, value);
    }, fast);
    bench("WASM SIMD, K and V resident in a SimdKvCache", () => {
      cache.attend(query);
    }, fast);
    bench("gpu.js (webasm mode)", () => {
      gpu.scaledDotProductAttention(query, key, value);
    }, slow);
    bench("onnxruntime-node 1.30.0, 1 thread", async () => {
      await session.run(feeds);
    }, fast);
  });

  describe(`${heading} vs onnxruntime-node`, () => {
    bench("baseline: onnxruntime-node 1.30.0, 1 thread", async () => {
      await session.run(feeds);
    }, fast);
    bench("WASM SIMD, K and V copied per call", () => {
      simd.scaledDotProductAttention(query, key, value);
    }, fast);
    bench("WASM SIMD, K and V resident in a SimdKvCache", () => {
      cache.attend(query);
    }, fast);
  });
}

