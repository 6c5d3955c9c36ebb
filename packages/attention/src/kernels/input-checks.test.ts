import { describe, expect, it } from "vitest";

import { AttentionError, isAttentionError } from "../errors.js";
import { randomTensor, seededUniform } from "../testing/random.js";
import { attnResMix, residualActivationElementsPerToken, runBlockAttnRes, runBlockAttnResTwoPhase, runFullAttnRes, runStandardResidual, type AttnResParameters, type ResidualScheme } from "./attnres.js";
import { createGpuAttentionBackend } from "./gpu-backend.js";
import { GrowingKvCache, RingKvCache, decodeStep, type KvCache, type KvCacheLayout } from "./kv-cache.js";
import { isKeyVisible, type AttentionMask } from "./masks.js";
import { keyReuseMatrix, mfaAttention, mfaKeyReuseAttention, type KeyReuseOrder, type MfaKeyReuseOptions, type MfaOptions } from "./mfa.js";
import { mlaAttendAbsorbed, mlaAttendNaive, mlaAttention, mlaProject, type MlaOptions } from "./mla.js";
import { rmsNorm, type RmsNormOptions } from "./rmsnorm.js";
import { applyRope, type RopeOptions } from "./rope.js";
import { scaledDotProductAttention, visibleKeyCounts, type AttentionOptions } from "./sdpa.js";
import { createSimdAttention } from "./simd-attention.js";
import { emptySoftmaxStates, finalizeSoftmaxStates, mergeNormalizedOutputs, mergeSoftmaxStates, type SoftmaxStates } from "./softmax.js";
import { checkFinite, elementCount, tensor, zeros, type Tensor } from "./tensor.js";

/** Runs `call` and returns the error it throws, or fails the test. */
function errorOf(call: () => unknown): AttentionError {
  try {
    call();
  } catch (error) {
    expect(isAttentionError(error), `expected an AttentionError, got ${String(error)}`).toBe(true);
    return error as AttentionError;
  }
  throw new Error("expected the call to throw");
}

const query = tensor(new Float32Array(2 * 4 * 2).fill(0.5), [2, 4, 2]);
const key = tensor(new Float32Array(3 * 2 * 2).fill(0.25), [3, 2, 2]);
const value = tensor(new Float32Array(3 * 2 * 2).fill(1), [3, 2, 2]);

describe("attention input checks", () => {
  it("rejects query heads not divisible by KV heads", () => {
    const threeHeads = tensor(new Float32Array(2 * 3 * 2), [2, 3, 2]);
    expect(() => scaledDotProductAttention(threeHeads, key, value)).toThrow(RangeError);
    expect(() => scaledDotProductAttention(threeHeads, key, value)).toThrow(/multiple of the KV head count/);
  });

  it("rejects a window of 0", () => {
    expect(() => scaledDotProductAttention(query, key, value, { mask: { kind: "sliding", window: 0 } })).toThrow(AttentionError);
  });

  it("rejects a scale beyond float32", () => {
    // A float64 score scale·q·k could overflow to ∞ and turn finite inputs into NaN outputs.
    for (const scale of [1e300, -1e39]) {
      const error = errorOf(() => scaledDotProductAttention(query, key, value, { scale }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe("scale");
      expect(error.message).toMatch(/float32 range/);
    }
    expect(scaledDotProductAttention(query, key, value, { scale: 3.4e38 }).output.data.every(Number.isFinite)).toBe(true);
  });

  it("rejects null or non-numeric sink logits", () => {
    for (const sinkLogits of [null, "0.5", ["a", "b", "c", "d"]]) {
      const error = errorOf(() => scaledDotProductAttention(query, key, value, { sinkLogits } as unknown as AttentionOptions));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe("sinkLogits");
    }
  });

  it("rejects null positions", () => {
    const keyError = errorOf(() => scaledDotProductAttention(query, key, value, { keyPositions: null, queryOffset: 2 } as unknown as AttentionOptions));
    expect(keyError.field).toBe("keyPositions");
    const queryError = errorOf(() => scaledDotProductAttention(query, key, value, { queryPositions: null } as unknown as AttentionOptions));
    expect(queryError.field).toBe("queryPositions");
  });

  it("accepts array-like positions", () => {
    const fromArrays = scaledDotProductAttention(query, key, value, { keyPositions: [0, 1, 2], queryPositions: [1, 2] });
    const keyPositions = { length: 3, 0: 0, 1: 1, 2: 2 };
    const queryPositions = { length: 2, 0: 1, 1: 2 };
    const fromArrayLikes = scaledDotProductAttention(query, key, value, { keyPositions, queryPositions });
    expect(Array.from(fromArrayLikes.output.data)).toEqual(Array.from(fromArrays.output.data));
    expect(Array.from(fromArrayLikes.logSumExp.data)).toEqual(Array.from(fromArrays.logSumExp.data));
  });

  it("rejects positions that are not numbers", () => {
    const cases: [unknown, string][] = [
      [new BigInt64Array([0n, 1n, 2n]), "keyPositions"],
      [{ length: 3, 0: "0", 1: "1", 2: "2" }, "keyPositions"],
      [{ length: -1 }, "keyPositions"],
      ["012", "keyPositions"],
    ];
    for (const [keyPositions, field] of cases) {
      const error = errorOf(() => scaledDotProductAttention(query, key, value, { keyPositions, queryOffset: 1 } as unknown as AttentionOptions));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe(field);
    }
  });

  it("checks an array-like's length before its entries", () => {
    // A length check that comes after reading every entry would read 2^53 − 1 of them here, so
    // the proxy throws at the first entry read instead of letting the test run for years.
    let reads = 0;
    const countRead = () => {
      reads++;
      throw new Error("an entry was read before the length was checked");
    };
    const huge = new Proxy({ length: Number.MAX_SAFE_INTEGER }, {
      get: (target, property) => (property === "length" ? Reflect.get(target, property) : countRead()),
      has: () => countRead(),
    });

    const keyError = errorOf(() => scaledDotProductAttention(query, key, value, { keyPositions: huge }));
    expect(keyError.code).toBe("INVALID_SHAPE");
    expect(keyError.value).toBe(Number.MAX_SAFE_INTEGER);
    const sinkError = errorOf(() => scaledDotProductAttention(query, key, value, { sinkLogits: huge } as unknown as AttentionOptions));
    expect(sinkError.code).toBe("INVALID_SHAPE");
    expect(reads).toBe(0);
  });

  it("rejects sink logits with a hole", () => {
    const error = errorOf(() => scaledDotProductAttention(query, key, value, { sinkLogits: { length: 4, 0: 0, 1: 0, 3: 0 } } as unknown as AttentionOptions));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("sinkLogits");
  });

  it("rejects a null mask instead of using causal", () => {
    const error = errorOf(() => scaledDotProductAttention(query, key, value, { mask: null } as unknown as AttentionOptions));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("kind = null");
  });

  it("requires a query offset with key positions", () => {
    expect(() => scaledDotProductAttention(query, key, value, { keyPositions: [0, 1, 2] })).toThrow(/queryOffset is missing/);
  });

  it("names the first non-finite input", () => {
    const poisoned = tensor(Float32Array.from(value.data), value.shape);
    poisoned.data[7] = NaN;
    try {
      scaledDotProductAttention(query, key, poisoned, { checkFinite: true });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RangeError);
      expect((error as AttentionError).code).toBe("NON_FINITE_INPUT");
      expect((error as AttentionError).message).toContain("value[1, 1, 1]");
    }
  });

  it("caps rows at 2048 keys for W = 2048, T = 4096", () => {
    const counts = visibleKeyCounts(4096, 4096, { mask: { kind: "sliding", window: 2048 } });
    expect(Math.max(...counts)).toBe(2048);
    expect(counts[2047]).toBe(2048);
    expect(counts[4095]).toBe(2048);
  });
});

describe("typed errors for malformed calls", () => {
  const next = seededUniform(12);
  const x = randomTensor(next, [2, 4]);
  const heads = randomTensor(next, [2, 1, 4]);

  // [call, expected code, expected field]. Without the checks each call would throw a plain
  // TypeError or RangeError, or return a wrong result.
  const cases: [string, () => unknown, string, string | undefined][] = [
    ["rmsNorm without options", () => rmsNorm(x, new Float32Array(4), undefined as unknown as RmsNormOptions), "INVALID_ARGUMENT", "options"],
    ["applyRope without options", () => applyRope(heads, [0, 1], undefined as unknown as RopeOptions), "INVALID_ARGUMENT", "options"],
    ["applyRope with a NaN position", () => applyRope(heads, [0, NaN], { style: "rotate-half" }), "INVALID_ARGUMENT", "positions[1]"],
    ["applyRope with a NaN attention factor", () => applyRope(heads, [0, 1], { style: "rotate-half", attentionFactor: NaN }), "INVALID_ARGUMENT", "attentionFactor"],
    ["scaledDotProductAttention with null options", () => scaledDotProductAttention(query, key, value, null as unknown as AttentionOptions), "INVALID_ARGUMENT", "options"],
    ["checkFinite given a string", () => scaledDotProductAttention(query, key, value, { checkFinite: "yes" as unknown as boolean }), "INVALID_ARGUMENT", "checkFinite"],
    ["tensor with a number for its shape", () => tensor(new Float32Array(4), 4 as unknown as number[]), "INVALID_SHAPE", "shape"],
    ["GrowingKvCache with valueDim −1", () => new GrowingKvCache({ kvHeads: 1, headDim: 4, valueDim: -1 }), "INVALID_ARGUMENT", "valueDim"],
    ["GrowingKvCache with a fractional capacity", () => new GrowingKvCache({ kvHeads: 1, headDim: 4 }, 1.5), "INVALID_ARGUMENT", "initialCapacity"],
    ["RingKvCache without a layout", () => new RingKvCache(undefined as unknown as KvCacheLayout, 4), "INVALID_ARGUMENT", "layout"],
    ["createGpuAttentionBackend without options", () => createGpuAttentionBackend(undefined as never), "INVALID_ARGUMENT", "options"],
    ["createGpuAttentionBackend with an unknown mode", () => createGpuAttentionBackend({ mode: "webgpu2" as never }), "INVALID_ARGUMENT", "mode"],
  ];

  it.each(cases)("%s", (_name, call, code, field) => {
    const error = errorOf(call);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });

  it("Float64Array data is a wrong element type", () => {
    const wide = { data: new Float64Array(2 * 4 * 2), shape: [2, 4, 2] } as unknown as Tensor;
    for (const call of [() => scaledDotProductAttention(wide, key, value), () => rmsNorm(wide, undefined, { eps: 1e-6 }), () => tensor(wide.data, wide.shape)]) {
      const error = errorOf(call);
      expect(error.code).toBe("UNKNOWN_ELEMENT_TYPE");
      expect(error.message).toContain("Float64Array");
    }
  });

  it("SIMD cache rejects a negative value width", async () => {
    const simd = await createSimdAttention();
    await expect(simd.createKvCache({ kvHeads: 1, headDim: 4, valueDim: -8 })).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "valueDim" });
  });
});

describe("MFA and MLA choices", () => {
  const next = seededUniform(19);
  const x = randomTensor(next, [3, 12]);
  const mfaOptions: MfaOptions = { heads: 2, headDim: 4, eps: 1e-5, rope: { theta: 10_000 } };
  const keyReuseWeights = {
    queryKey: randomTensor(next, [6 + 4, 12]),
    queryUp: randomTensor(next, [8, 6]),
    output: randomTensor(next, [12, 8]),
    reuseMatrix: randomTensor(next, [4, 4]),
    reuseGate: randomTensor(next, [4]).data,
  };
  const keyReuse = (choices: Record<string, unknown>) => () => mfaKeyReuseAttention(x, keyReuseWeights, { ...mfaOptions, ...choices } as MfaKeyReuseOptions);
  const mlaOptions: MlaOptions = { heads: 2, noRopeDim: 2, ropeDim: 2, valueDim: 3, kvRank: 6, eps: 1e-6, rope: {} };
  const mlaWeights = {
    queryUp: randomTensor(next, [2 * 4, 12]),
    kvDown: randomTensor(next, [6 + 2, 12]),
    kvNormGain: new Float32Array(6).fill(1),
    kvUp: randomTensor(next, [2 * 5, 6]),
    output: randomTensor(next, [12, 6]),
  };

  const cases: [string, () => unknown, string, string[]][] = [
    ["MFA-KR order misspelt", keyReuse({ order: "left", valueFromKey: "after-rope" }), "order", ["diag-alpha-left", "diag-alpha-right"]],
    ["MFA-KR order missing", keyReuse({ valueFromKey: "after-rope" }), "order", ["missing", "diag-alpha-left"]],
    ["MFA-KR valueFromKey misspelt", keyReuse({ order: "diag-alpha-left", valueFromKey: "after" }), "valueFromKey", ["before-rope", "after-rope"]],
    ["MFA-KR valueFromKey missing", keyReuse({ order: "diag-alpha-left" }), "valueFromKey", ["missing", "before-rope"]],
    ["keyReuseMatrix order misspelt", () => keyReuseMatrix(keyReuseWeights.reuseMatrix, keyReuseWeights.reuseGate, "left" as KeyReuseOrder), "order", ["diag-alpha-right"]],
    ["MLA form misspelt", () => mlaAttention(x, mlaWeights, { ...mlaOptions, form: "Naive" as "naive" }), "form", ['"naive"', '"absorbed"']],
    ["MLA form missing", () => mlaAttention(x, mlaWeights, mlaOptions as MlaOptions & { form: "naive" }), "form", ["missing", '"absorbed"']],
    ["MFA rope without theta", () => mfaAttention(x, { qkv: randomTensor(next, [14, 12]), queryUp: randomTensor(next, [8, 6]), output: randomTensor(next, [12, 8]) }, { ...mfaOptions, rope: {} as never }), "rope.theta", ["500,000"]],
    ["RoPE style misspelt", () => applyRope(x, [0, 1, 2], { style: "neox" as never }), "style", ['"rotate-half"', '"interleaved"']],
    // Options that override each other used to drop one silently.
    ["RoPE theta with an explicit table", () => applyRope(x, [0, 1, 2], { style: "rotate-half", theta: 500_000, inverseFrequencies: new Float64Array(6).fill(0.5) }), "theta", ["inverseFrequencies", "Pass one of them"]],
    ["RoPE rotaryDim against partialRotaryFactor", () => applyRope(x, [0, 1, 2], { style: "rotate-half", rotaryDim: 12, partialRotaryFactor: 0.5 }), "rotaryDim", ["gives 6"]],
    ["MLA rope theta with an explicit table", () => mlaProject(x, mlaWeights, { ...mlaOptions, rope: { theta: 500_000, inverseFrequencies: [1] } }), "rope.theta", ["Pass one of them"]],
    ["queryOffset with queryPositions", () => scaledDotProductAttention(query, key, value, { queryOffset: 1, queryPositions: [0, 1] }), "queryOffset", ["queryPositions", "Pass one of them"]],
  ];

  it.each(cases)("%s", (_name, call, field, words) => {
    const error = errorOf(call);
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe(field);
    for (const word of words) expect(error.message).toContain(word);
  });

  it("partialRotaryFactor truncates like transformers", () => {
    // 100·0.29 is 28.999999999999996 in float64, and transformers' int() makes it 28.
    const wide = randomTensor(next, [2, 1, 100]);
    expect(applyRope(wide, [3, 7], { style: "rotate-half", partialRotaryFactor: 0.29 }).data).toEqual(applyRope(wide, [3, 7], { style: "rotate-half", rotaryDim: 28 }).data);
    // 10·0.59 = 5.9 truncates to 5 rotated channels, an odd count.
    const error = errorOf(() => applyRope(randomTensor(next, [2, 1, 10]), [0, 1], { style: "rotate-half", partialRotaryFactor: 0.59 }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("partialRotaryFactor");
    expect(error.message).toContain("gives 5 rotated channels");
  });

  it("agreeing rotaryDim and partialRotaryFactor, and an MLA table without theta, still run", () => {
    expect(applyRope(x, [0, 1, 2], { style: "rotate-half", rotaryDim: 6, partialRotaryFactor: 0.5 }).data).toEqual(applyRope(x, [0, 1, 2], { style: "rotate-half", rotaryDim: 6 }).data);
    const table = mlaProject(x, mlaWeights, { ...mlaOptions, rope: { inverseFrequencies: [1] } });
    const theta = mlaProject(x, mlaWeights, { ...mlaOptions, rope: { theta: 10_000 } });
    // With d_r = 2 the table built from theta is [1], so both give the same rows.
    expect(table.cacheRows.data).toEqual(theta.cacheRows.data);
  });

  it("MLA rope defaults to interleaved with theta 10,000", () => {
    const defaulted = mlaProject(x, mlaWeights, mlaOptions);
    const explicit = mlaProject(x, mlaWeights, { ...mlaOptions, rope: { theta: 10_000, style: "interleaved" } });
    expect(defaulted.cacheRows.data).toEqual(explicit.cacheRows.data);
    expect(defaulted.queryPe.data).toEqual(explicit.queryPe.data);
  });

  it("MLA pairs queryDown with its gain", () => {
    const queryDown = randomTensor(next, [5, 12]);
    const queryUp = randomTensor(next, [mlaWeights.queryUp.shape[0]!, 5]);
    const gainAlone = errorOf(() => mlaProject(x, { ...mlaWeights, queryNormGain: new Float32Array(5).fill(1) }, mlaOptions));
    expect(gainAlone.code).toBe("INVALID_ARGUMENT");
    expect(gainAlone.field).toBe("queryNormGain");
    expect(gainAlone.message).toMatch(/without queryDown/);
    const missingGain = errorOf(() => mlaAttention(x, { ...mlaWeights, queryDown, queryUp }, { ...mlaOptions, form: "absorbed" }));
    expect(missingGain.code).toBe("INVALID_ARGUMENT");
    expect(missingGain.field).toBe("queryNormGain");
    expect(missingGain.message).toMatch(/queryNormGain is missing/);
    expect(mlaAttention(x, { ...mlaWeights, queryDown, queryUp, queryNormGain: new Float32Array(5).fill(1) }, { ...mlaOptions, form: "absorbed" }).shape).toEqual([3, 12]);
  });

  it("MFA and MLA name the weight that does not fit", () => {
    const mfaWeights = { qkv: randomTensor(next, [14, 12]), queryUp: randomTensor(next, [8, 6]), output: randomTensor(next, [12, 8]) };
    const wideX = randomTensor(next, [3, 13]);
    const cases: [() => unknown, string, string][] = [
      [() => mfaAttention(wideX, mfaWeights, mfaOptions), "qkv", "but x has 13"],
      [() => mfaAttention(x, { ...mfaWeights, output: randomTensor(next, [12, 9]) }, mfaOptions), "output", "head output (heads · headDim) has 8"],
      [() => mlaAttention(wideX, mlaWeights, { ...mlaOptions, form: "naive" }), "queryUp", "but x has 13"],
      [() => mlaAttention(x, { ...mlaWeights, queryDown: randomTensor(next, [5, 12]), queryNormGain: new Float32Array(5).fill(1) }, { ...mlaOptions, form: "naive" }), "queryUp", "query latent (queryDown rows) has 5"],
      [() => mlaAttention(x, { ...mlaWeights, output: randomTensor(next, [12, 7]) }, { ...mlaOptions, form: "absorbed" }), "output", "head output (heads · valueDim) has 6"],
    ];
    for (const [call, field, words] of cases) {
      const error = errorOf(call);
      expect(error.code).toBe("INVALID_SHAPE");
      expect(error.field).toBe(field);
      expect(error.message).toContain(words);
    }
  });

  it("MFA and MLA name a norm gain", () => {
    const mfaWeights = { qkv: randomTensor(next, [14, 12]), queryUp: randomTensor(next, [8, 6]), output: randomTensor(next, [12, 8]) };
    const queryDown = randomTensor(next, [5, 12]);
    const queryUp = randomTensor(next, [mlaWeights.queryUp.shape[0]!, 5]);
    const cases: [() => unknown, string, string, string][] = [
      [() => mlaProject(x, { ...mlaWeights, kvNormGain: new Float32Array(7) }, mlaOptions), "kvNormGain", "INVALID_SHAPE", "kvNormGain has length = 7, but 6"],
      [() => mlaProject(x, { ...mlaWeights, kvNormGain: [1, 1, 1, 1, 1, 1] as never }, mlaOptions), "kvNormGain", "UNKNOWN_ELEMENT_TYPE", "kvNormGain is an array"],
      [() => mlaProject(x, { ...mlaWeights, queryDown, queryUp, queryNormGain: new Float32Array(4) }, mlaOptions), "queryNormGain", "INVALID_SHAPE", "queryNormGain has length = 4, but 5"],
      [() => mfaAttention(x, { ...mfaWeights, queryNormGain: new Float32Array(5) }, mfaOptions), "queryNormGain", "INVALID_SHAPE", "queryNormGain has length = 5, but 6"],
    ];

    for (const [call, field, code, words] of cases) {
      const error = errorOf(call);

      expect(error.field).toBe(field);
      expect(error.code).toBe(code);
      expect(error.message).toContain(words);
    }
  });

  it("MFA-KR names a value map of another size", () => {
    const weights = { ...keyReuseWeights, reuseMatrix: randomTensor(next, [5, 5]), reuseGate: new Float32Array(5) };
    const error = errorOf(() => mfaKeyReuseAttention(x, weights, { ...mfaOptions, order: "diag-alpha-left", valueFromKey: "after-rope" }));
    expect(error.field).toBe("reuseMatrix");
  });

  it("RoPE in MFA and MLA needs even widths", () => {
    const oddHead = { qkv: randomTensor(next, [12, 12]), queryUp: randomTensor(next, [6, 6]), output: randomTensor(next, [12, 6]) };
    expect(errorOf(() => mfaAttention(x, oddHead, { ...mfaOptions, headDim: 3 })).field).toBe("headDim");
    const oddRope = { ...mlaWeights, queryUp: randomTensor(next, [2 * 5, 12]), kvDown: randomTensor(next, [6 + 3, 12]) };
    expect(errorOf(() => mlaProject(x, oddRope, { ...mlaOptions, ropeDim: 3 })).field).toBe("ropeDim");
    expect(mfaAttention(x, oddHead, { ...mfaOptions, headDim: 3, rope: false }).shape).toEqual([3, 12]);
  });

  it("MLA attend steps check the projection's shape", () => {
    const projection = mlaProject(x, mlaWeights, mlaOptions);
    const threeHeads = { ...mlaOptions, heads: 3 };
    const threeHeadWeights = { ...mlaWeights, kvUp: randomTensor(next, [3 * 5, 6]), output: randomTensor(next, [12, 9]) };
    const narrowPe = { queryNope: projection.queryNope, queryPe: tensor(new Float32Array(3 * 2), [3, 2, 1]) };
    for (const attend of [mlaAttendNaive, mlaAttendAbsorbed]) {
      const heads = errorOf(() => attend(projection, projection.cacheRows, threeHeadWeights, threeHeads));
      expect(heads.code).toBe("INVALID_SHAPE");
      expect(heads.field).toBe("queryNope");
      const width = errorOf(() => attend(narrowPe, projection.cacheRows, mlaWeights, mlaOptions));
      expect(width.code).toBe("INVALID_SHAPE");
      expect(width.field).toBe("queryPe");
    }
  });
});

describe("Attention Residuals input checks", () => {
  const sources = [tensor(new Float32Array([1, 2, 3, 40]), [1, 4]), tensor(new Float32Array([4, 3, 2, 1]), [1, 4])];
  const parameters = (layers: number, width: number, eps = 1e-6): AttnResParameters => ({
    pseudoQueries: tensor(new Float32Array(layers * width).fill(1), [layers, width]),
    keyNormGains: tensor(new Float32Array(layers * width).fill(1), [layers, width]),
    eps,
  });
  const identity = (_layer: number, input: Tensor) => input;

  it("attnResMix rejects a layer past the parameters", () => {
    const error = errorOf(() => attnResMix(sources, parameters(2, 4), 5));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("layer");
    expect(error.message).toContain("from 0 to 1");
  });

  it("attnResMix rejects parameters of another width", () => {
    const error = errorOf(() => attnResMix(sources, parameters(1, 3), 0));
    expect(error.code).toBe("INVALID_SHAPE");
    expect(error.field).toBe("pseudoQueries");
  });

  it("attnResMix rejects a negative eps", () => {
    const error = errorOf(() => attnResMix(sources, parameters(1, 4, -1), 0));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("eps");
  });

  it("rejects a transposed sublayer output", () => {
    const embedding = tensor(new Float32Array(6).fill(1), [2, 3]);
    const transposed = () => tensor(new Float32Array(6), [3, 2]);
    const error = errorOf(() => runFullAttnRes(embedding, transposed, parameters(1, 3)));
    expect(error.code).toBe("INVALID_SHAPE");
    expect(error.message).toContain("[3, 2]");
    expect(error.message).toContain("[2, 3]");
  });

  it("runBlockAttnRes requires its options", () => {
    const error = errorOf(() => runBlockAttnRes(sources[0]!, identity, parameters(2, 4), undefined as never));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("blockSize");
  });

  it("runStandardResidual rejects a fractional layer count", () => {
    expect(errorOf(() => runStandardResidual(sources[0]!, identity, 2.5)).field).toBe("layers");
    expect(errorOf(() => runStandardResidual(sources[0]!, identity, -1)).field).toBe("layers");
  });

  it("residualActivationElementsPerToken rejects an unknown scheme", () => {
    const error = errorOf(() => residualActivationElementsPerToken({ kind: "block", blocks: 8 } as unknown as ResidualScheme, 1024));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("scheme.kind");
    expect(error.message).toContain('"block-attnres"');
  });
});

describe("softmax state input checks", () => {
  it("rejects negative, fractional and NaN sizes", () => {
    for (const [rows, width, field] of [[-1, 2, "rows"], [1.5, 2, "rows"], [Number.NaN, 2, "rows"], [2, Number.NaN, "width"]] as const) {
      const error = errorOf(() => emptySoftmaxStates(rows, width));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe(field);
    }
  });

  it("rejects states whose arrays do not match their size", () => {
    const short: SoftmaxStates = { rows: 2, width: 1, max: new Float64Array(1), sum: new Float64Array(1), output: new Float64Array(1) };
    expect(errorOf(() => mergeSoftmaxStates(short, short)).code).toBe("INVALID_SHAPE");
    expect(errorOf(() => finalizeSoftmaxStates(short)).message).toContain(".max");
    expect(errorOf(() => mergeSoftmaxStates(emptySoftmaxStates(1, 1), null as unknown as SoftmaxStates)).field).toBe("b");
    expect(errorOf(() => finalizeSoftmaxStates(null as unknown as SoftmaxStates)).field).toBe("states");
  });

  it("rejects a sink logit that is not a function", () => {
    const error = errorOf(() => finalizeSoftmaxStates(emptySoftmaxStates(1, 1), new Float32Array([1]) as unknown as (row: number) => number));
    expect(error.field).toBe("sinkLogits");
  });

  it("rejects a fractional width or missing outputs when merging", () => {
    const normalized = { output: Float32Array.from([1, 2, 3]), logSumExp: Float32Array.from([0, 0]) };
    expect(errorOf(() => mergeNormalizedOutputs(normalized, normalized, 1.5)).field).toBe("width");
    const missing = null as unknown as typeof normalized;
    expect(errorOf(() => mergeNormalizedOutputs(missing, normalized, 1)).field).toBe("first");
  });
});

describe("helper input checks", () => {
  it("elementCount rejects invalid shapes", () => {
    for (const shape of [[-1, 3], [Number.NaN], [2.5], null]) {
      expect(errorOf(() => elementCount(shape as number[])).code).toBe("INVALID_SHAPE");
    }
  });

  it("checkFinite rejects missing data or a wrong shape", () => {
    expect(errorOf(() => checkFinite("x", null as unknown as Float32Array, [1])).field).toBe("x");
    expect(errorOf(() => checkFinite("x", new Float32Array([Number.NaN]), null as unknown as number[])).code).toBe("INVALID_SHAPE");
    expect(errorOf(() => checkFinite("x", new Float32Array(3), [2])).code).toBe("INVALID_SHAPE");
  });

  it("isKeyVisible rejects an unknown mask kind", () => {
    expect(errorOf(() => isKeyVisible({ kind: "window" } as unknown as AttentionMask, 1, 0)).field).toBe("kind");
  });

  it("visibleKeyCounts names a bad row count", () => {
    expect(errorOf(() => visibleKeyCounts(-1, 3)).field).toBe("queryRows");
    expect(errorOf(() => visibleKeyCounts(2, Number.NaN)).field).toBe("keyRows");
  });

  it("applyRope names an odd head dimension", () => {
    const x = tensor(new Float32Array(6).fill(1), [2, 3]);
    const error = errorOf(() => applyRope(x, [0, 1], { style: "rotate-half" }));

    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("rotaryDim");
    expect(error.message).toContain("The head dimension 3 is odd");
    expect(Array.from(applyRope(x, [0, 1], { style: "rotate-half", rotaryDim: 2 }).data.subarray(0, 3))).toEqual([1, 1, 1]);
  });

  it("applyRope rejects a null table and a bad partial factor", () => {
    const x = tensor(new Float32Array(8).fill(1), [2, 4]);
    const nullTable = { style: "interleaved", inverseFrequencies: null } as unknown as RopeOptions;
    expect(errorOf(() => applyRope(x, [0, 1], nullTable)).field).toBe("inverseFrequencies");
    for (const partialRotaryFactor of [Number.NaN, -0.5, 2, "0.5"]) {
      const options = { style: "interleaved", partialRotaryFactor } as unknown as RopeOptions;
      expect(errorOf(() => applyRope(x, [0, 1], options)).field).toBe("partialRotaryFactor");
    }
  });

  it("keyReuseMatrix rejects a missing gate", () => {
    const reuse = tensor(new Float32Array(4), [2, 2]);
    expect(errorOf(() => keyReuseMatrix(reuse, null as unknown as Float32Array, "diag-alpha-left")).field).toBe("reuseGate");
  });

  it("decodeStep rejects something that is not a cache", () => {
    const step = (heads: number) => tensor(new Float32Array(heads * 2), [1, heads, 2]);
    for (const cache of [null, {}]) {
      expect(errorOf(() => decodeStep(cache as unknown as KvCache, step(4), step(2), step(2))).field).toBe("cache");
    }
  });

  it("AttnRes runners reject a sublayer that is not a function", () => {
    const parameters: AttnResParameters = { pseudoQueries: tensor(new Float32Array(6), [2, 3]), keyNormGains: tensor(new Float32Array(6).fill(1), [2, 3]), eps: 1e-6 };
    const embedding = tensor(new Float32Array(3).fill(1), [1, 3]);
    const missing = null as unknown as (layer: number, input: Tensor) => Tensor;
    expect(errorOf(() => runFullAttnRes(embedding, missing, parameters)).field).toBe("sublayer");
    expect(errorOf(() => runBlockAttnRes(embedding, missing, parameters, { blockSize: 1 })).field).toBe("sublayer");
    expect(errorOf(() => runBlockAttnResTwoPhase(embedding, missing, parameters, { blockSize: 1 })).field).toBe("sublayer");
    expect(errorOf(() => runStandardResidual(embedding, missing, 2)).field).toBe("sublayer");
  });
});

describe("allocation limits", () => {
  it("sizes beyond the engine's arrays throw AttentionError", () => {
    const layout = { kvHeads: 1, headDim: 4 };
    expect(errorOf(() => new GrowingKvCache(layout, 1e12)).field).toBe("initialCapacity");
    expect(errorOf(() => new RingKvCache(layout, 1e12)).field).toBe("capacity");
    expect(errorOf(() => emptySoftmaxStates(1e12, 1)).field).toBe("rows");
    expect(errorOf(() => zeros([1e6, 1e6])).field).toBe("shape");
    expect(errorOf(() => visibleKeyCounts(1e10, 0)).field).toBe("queryPositions");
  });
});

describe("kernel messages on values from JSON", () => {
  const x = tensor(new Float32Array(2 * 4).fill(0.5), [2, 1, 4]);
  const cases: [string, () => unknown, string][] = [
    ["queryOffset", () => scaledDotProductAttention(query, key, value, { queryOffset: "1" as never }), 'queryOffset = "1" is invalid'],
    ["queryPositions entry", () => scaledDotProductAttention(query, key, value, { queryPositions: [0, "1"] as never }), 'queryPositions[1] = "1" is invalid'],
    ["sliding window", () => scaledDotProductAttention(query, key, value, { mask: { kind: "sliding", window: "2" as never } }), 'window = "2" is invalid'],
    ["RoPE theta", () => applyRope(x, [0, 1], { style: "rotate-half", theta: "10000" as never }), 'theta = "10000" is invalid'],
    ["rmsNorm eps", () => rmsNorm(x, undefined, { eps: "1e-6" as never }), 'eps = "1e-6" is invalid'],
    ["ring capacity", () => new RingKvCache({ kvHeads: 1, headDim: 4 }, "8" as never), 'capacity = "8" is invalid'],
  ];

  it.each(cases)("%s is quoted", (_name, call, words) => {
    const error = errorOf(call);

    expect(error.message).toContain(words);
  });
});
