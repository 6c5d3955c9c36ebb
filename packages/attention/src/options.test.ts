// Every public function that takes an options object rejects a key it does not know. An ignored
// misspelt option would silently run with a default: a top-level `window` would run full causal
// attention.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { attentionFlops, kvBytesRead, layerDecodeCost, type LayerCostOptions } from "./decode-cost.js";
import { groupedQueryAttention, multiHeadLatentAttention } from "./attention-kind.js";
import type { AttentionError } from "./errors.js";
import { createGpuAttentionBackend, type GpuAttentionBackend } from "./kernels/gpu-backend.js";
import { attnResPipelineTraffic, runBlockAttnRes, runBlockAttnResTwoPhase, runFullAttnRes, type AttnResParameters } from "./kernels/attnres.js";
import { GrowingKvCache, RingKvCache, decodeStep, type KvCacheLayout } from "./kernels/kv-cache.js";
import { mfaAttention, mfaKeyReuseAttention, mfaProject, type MfaKeyReuseOptions, type MfaOptions } from "./kernels/mfa.js";
import { mlaAttendAbsorbed, mlaAttendNaive, mlaAttention, mlaProject, type MlaOptions } from "./kernels/mla.js";
import { rmsNorm, type RmsNormOptions } from "./kernels/rmsnorm.js";
import { applyRope, type RopeOptions } from "./kernels/rope.js";
import { attentionSoftmaxStates, resolveAttentionProblem, scaledDotProductAttention, visibleKeyCounts, type AttentionOptions } from "./kernels/sdpa.js";
import { createSimdAttention, type SimdAttention } from "./kernels/simd-attention.js";
import type { SimdKvCache } from "./kernels/simd-kv-cache.js";
import { type Tensor } from "./kernels/tensor.js";
import { randomTensor, seededUniform } from "./testing/random.js";

/** Runs `call` and returns the AttentionError it throws, or fails the test. */
function errorOf(call: () => unknown): AttentionError {
  try {
    call();
  } catch (error) {
    return error as AttentionError;
  }
  throw new Error("expected the call to throw");
}

const next = seededUniform(17);
const query = randomTensor(next, [2, 4, 8]);
const key = randomTensor(next, [3, 2, 8]);
const value = randomTensor(next, [3, 2, 8]);
const step = (heads: number) => randomTensor(next, [1, heads, 8]);
const x = randomTensor(next, [3, 12]);

const mfaOptions: MfaOptions = { heads: 2, headDim: 4, eps: 1e-5, rope: { theta: 10_000 } };
const mfaWeights = { qkv: randomTensor(next, [6 + 8, 12]), queryUp: randomTensor(next, [8, 6]), output: randomTensor(next, [12, 8]) };
const keyReuseOptions: MfaKeyReuseOptions = { ...mfaOptions, order: "diag-alpha-left", valueFromKey: "after-rope" };
const keyReuseWeights = {
  queryKey: randomTensor(next, [6 + 4, 12]),
  queryUp: randomTensor(next, [8, 6]),
  output: randomTensor(next, [12, 8]),
  reuseMatrix: randomTensor(next, [4, 4]),
  reuseGate: randomTensor(next, [4]).data,
};
const mlaOptions: MlaOptions = { heads: 2, noRopeDim: 2, ropeDim: 2, valueDim: 3, kvRank: 6, eps: 1e-6, rope: { theta: 10_000 } };
const mlaWeights = {
  queryUp: randomTensor(next, [2 * 4, 12]),
  kvDown: randomTensor(next, [6 + 2, 12]),
  kvNormGain: new Float32Array(6).fill(1),
  kvUp: randomTensor(next, [2 * 5, 6]),
  output: randomTensor(next, [12, 6]),
};
const projection = mlaProject(x, mlaWeights, mlaOptions);
const attnResParameters: AttnResParameters = { pseudoQueries: randomTensor(next, [2, 12]), keyNormGains: randomTensor(next, [2, 12]), eps: 1e-6 };
const identity = (_layer: number, input: Tensor) => input;
const gqa = groupedQueryAttention({ numQueryHeads: 8, numKvHeads: 2, headDim: 64 });
const mla = multiHeadLatentAttention({ numQueryHeads: 8, kvLoraRank: 32, qkRopeHeadDim: 8, qkNopeHeadDim: 16, vHeadDim: 16, qLoraRank: null });
const layout: KvCacheLayout = { kvHeads: 2, headDim: 8 };

let simd: SimdAttention;
let simdCache: SimdKvCache;
let gpu: GpuAttentionBackend;
beforeAll(async () => {
  simd = await createSimdAttention();
  simdCache = await simd.createKvCache(layout);
  gpu = createGpuAttentionBackend({ mode: "cpu" });
});
afterAll(() => gpu.destroy());

// [call, misspelt key]; the casts let the misspelt keys past the type checker, as plain
// JavaScript callers pass them.
const cases: [string, () => unknown, string][] = [
  ["scaledDotProductAttention", () => scaledDotProductAttention(query, key, value, { maks: { kind: "none" } } as AttentionOptions), "maks"],
  ["scaledDotProductAttention window", () => scaledDotProductAttention(query, key, value, { window: 4 } as AttentionOptions), "window"],
  ["attentionSoftmaxStates", () => attentionSoftmaxStates(query, key, value, { scales: 1 } as AttentionOptions), "scales"],
  ["resolveAttentionProblem", () => resolveAttentionProblem(query, key, value, { checkfinite: true } as AttentionOptions), "checkfinite"],
  ["visibleKeyCounts", () => visibleKeyCounts(2, 3, { scale: 1 } as AttentionOptions), "scale"],
  ["causal mask with a window", () => scaledDotProductAttention(query, key, value, { mask: { kind: "causal", window: 2 } as never }), "window"],
  ["sliding mask", () => scaledDotProductAttention(query, key, value, { mask: { kind: "sliding", window: 2, sinks: 1 } as never }), "sinks"],
  ["decodeStep", () => decodeStep(new GrowingKvCache(layout), step(4), step(2), step(2), { queryOffset: 3 } as never), "queryOffset"],
  ["GrowingKvCache layout", () => new GrowingKvCache({ ...layout, valuedim: 4 } as KvCacheLayout), "valuedim"],
  ["RingKvCache layout", () => new RingKvCache({ ...layout, heads: 2 } as KvCacheLayout, 4), "heads"],
  ["rmsNorm", () => rmsNorm(x, undefined, { eps: 1e-6, zeroCenterd: true } as RmsNormOptions), "zeroCenterd"],
  ["applyRope", () => applyRope(x, [0, 1, 2], { style: "rotate-half", thetta: 500_000 } as RopeOptions), "thetta"],
  ["mfaProject", () => mfaProject(x, mfaWeights, { ...mfaOptions, ropeTheta: 1 } as MfaOptions), "ropeTheta"],
  ["mfaAttention", () => mfaAttention(x, mfaWeights, { ...mfaOptions, causal: true } as MfaOptions), "causal"],
  ["MFA rope", () => mfaAttention(x, mfaWeights, { ...mfaOptions, rope: { theta: 1e4, styl: "interleaved" } } as MfaOptions), "styl"],
  ["mfaKeyReuseAttention", () => mfaKeyReuseAttention(x, keyReuseWeights, { ...keyReuseOptions, orders: "diag-alpha-left" } as MfaKeyReuseOptions), "orders"],
  ["mlaProject", () => mlaProject(x, mlaWeights, { ...mlaOptions, form: "naive" } as MlaOptions), "form"],
  ["mlaAttendNaive", () => mlaAttendNaive(projection, projection.cacheRows, mlaWeights, { ...mlaOptions, offset: 0 } as MlaOptions), "offset"],
  ["mlaAttendAbsorbed", () => mlaAttendAbsorbed(projection, projection.cacheRows, mlaWeights, { ...mlaOptions, offset: 0 } as MlaOptions), "offset"],
  ["mlaAttention", () => mlaAttention(x, mlaWeights, { ...mlaOptions, form: "naive", queryOffset: 0 } as never), "queryOffset"],
  ["MLA rope", () => mlaProject(x, mlaWeights, { ...mlaOptions, rope: { base: 10_000 } } as never), "base"],
  ["MFA weights", () => mfaAttention(x, { ...mfaWeights, queryNormGains: new Float32Array(6) } as never, mfaOptions), "queryNormGains"],
  ["MFA-KR weights", () => mfaKeyReuseAttention(x, { ...keyReuseWeights, reuseGates: new Float32Array(4) } as never, keyReuseOptions), "reuseGates"],
  ["MLA weights", () => mlaAttention(x, { ...mlaWeights, queryDwn: mlaWeights.queryUp } as never, { ...mlaOptions, form: "naive" }), "queryDwn"],
  ["runFullAttnRes parameters", () => runFullAttnRes(x, identity, { ...attnResParameters, epsilon: 1e-6 } as AttnResParameters), "epsilon"],
  ["runBlockAttnRes", () => runBlockAttnRes(x, identity, attnResParameters, { blockSize: 1, blocks: 2 } as never), "blocks"],
  ["runBlockAttnResTwoPhase", () => runBlockAttnResTwoPhase(x, identity, attnResParameters, { blocksize: 1 } as never), "blocksize"],
  ["attnResPipelineTraffic", () => attnResPipelineTraffic({ physicalStages: 4, virtualStages: 2, summariesPerChunk: 1, modelWidth: 8, stages: 4 } as never), "stages"],
  ["layerDecodeCost", () => layerDecodeCost(mla, 10, 64, { cacheElementType: "fp8", mlaFlop: "mla-576-pv512" } as LayerCostOptions), "mlaFlop"],
  ["kvBytesRead", () => kvBytesRead(gqa, 10, { cacheElementType: "fp8", cacheType: "fp8" } as LayerCostOptions), "cacheType"],
  ["attentionFlops", () => attentionFlops(gqa, 10, { cacheElementType: "fp8" } as never), "cacheElementType"],
  ["SIMD scaledDotProductAttention", () => simd.scaledDotProductAttention(query, key, value, { window: 4 } as AttentionOptions), "window"],
  ["SimdKvCache.attend", () => simdCache.attend(step(4), { keyPositions: [0] } as never), "keyPositions"],
  ["SimdKvCache.decodeStep", () => simdCache.decodeStep(step(4), step(2), step(2), { checkFinite: true } as never), "checkFinite"],
  ["gpu.js scaledDotProductAttention", () => gpu.scaledDotProductAttention(query, key, value, { window: 4 } as AttentionOptions), "window"],
  ["createGpuAttentionBackend", () => createGpuAttentionBackend({ mode: "cpu", precision: "single" } as never), "precision"],
];

describe("unknown option keys", () => {
  it.each(cases)("%s rejects the key", (_name, call, misspelt) => {
    const error = errorOf(call);
    expect(error.code).toBe("UNKNOWN_OPTION");
    expect(error.field).toBe(misspelt);
    expect(error.message).toContain(`"${misspelt}"`);
  });

  it("names the known keys", () => {
    const error = errorOf(() => scaledDotProductAttention(query, key, value, { maks: { kind: "none" } } as AttentionOptions));
    expect(error.message).toContain("scale, mask, queryOffset, queryPositions, keyPositions, sinkLogits, checkFinite");
  });

  it("names an options argument that is not an object", () => {
    const error = errorOf(() => rmsNorm(x, undefined, null as never));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toBe("The options of rmsNorm must be an object, but got null: pass an object with eps, zeroCentered.");
  });

  it("points a top-level window at the mask", () => {
    const error = errorOf(() => scaledDotProductAttention(query, key, value, { window: 4 } as AttentionOptions));
    expect(error.message).toContain('mask: { kind: "sliding", window }');
  });

  it("createKvCache rejects an unknown layout key", async () => {
    await expect(simd.createKvCache({ ...layout, valueDims: 8 } as KvCacheLayout)).rejects.toMatchObject({ code: "UNKNOWN_OPTION", field: "valueDims" });
  });
});
