// Compares every kernel with the PyTorch goldens written by fixtures/generate.py (torch 1.13,
// seed in goldens.json), using the float32 rule |actual − expected| ≤ 1e-6 + 1e-5·|expected|.
import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { libraryMask, parseGoldens, type GoldenCase } from "../testing/goldens.js";
import { compareArrays } from "../testing/tolerance.js";
import { attnResMix, runBlockAttnRes, runBlockAttnResTwoPhase, runFullAttnRes, type AttnResParameters } from "./attnres.js";
import { GrowingKvCache, RingKvCache, decodeStep, type KvCache } from "./kv-cache.js";
import { linear, reshape } from "./linear.js";
import { mfaAttention, mfaKeyReuseAttention, mfaProject, type KeyReuseOrder } from "./mfa.js";
import { mlaAttendAbsorbed, mlaAttendNaive, mlaProject, type MlaOptions } from "./mla.js";
import { rmsNorm } from "./rmsnorm.js";
import { applyRope, type RopeStyle } from "./rope.js";
import { scaledDotProductAttention } from "./sdpa.js";
import { softmax } from "./softmax.js";
import { tensor, type Tensor } from "./tensor.js";

const goldens = parseGoldens(
  readFileSync(new URL("../../fixtures/goldens.json", import.meta.url), "utf8"),
  new Uint8Array(readFileSync(new URL("../../fixtures/goldens.bin", import.meta.url))),
);

function expectClose(actual: Tensor | Float32Array, expected: Tensor, label: string): void {
  const data = actual instanceof Float32Array ? actual : actual.data;
  const comparison = compareArrays(data, expected.data, expected.shape);
  expect(comparison.ok, `${label}: ${comparison.message}`).toBe(true);
}

function casesOf(kernel: string): [string, GoldenCase][] {
  return goldens.cases.filter((entry) => entry.kernel === kernel).map((entry) => [entry.name, entry]);
}


describe("golden fixtures", () => {
  it("cover every kernel", () => {
    const kernels = new Set(goldens.cases.map((entry) => entry.kernel));
    expect([...kernels].sort()).toEqual(["attnres", "decode", "linear", "mfa", "mfa-kr", "mla", "mla-decode", "rmsnorm", "rope", "sdpa", "softmax"]);
  });

  it.each(casesOf("sdpa"))("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const params = entry.params as { mask: Record<string, unknown>; scale?: number; keyPositions?: number[]; queryOffset?: number };
    const result = scaledDotProductAttention(get("q"), get("k"), get("v"), {
      mask: libraryMask(params.mask),
      ...(params.scale === undefined ? {} : { scale: params.scale }),
      ...(params.keyPositions === undefined ? {} : { keyPositions: params.keyPositions }),
      ...(params.queryOffset === undefined ? {} : { queryOffset: params.queryOffset }),
      ...(entry.tensors["sinks"] === undefined ? {} : { sinkLogits: get("sinks").data }),
    });
    expectClose(result.output, get("out"), "output");
    expectClose(result.logSumExp, get("lse"), "log-sum-exp");
  });

  it.each(casesOf("softmax"))("%s", (_name, entry) => {
    expectClose(softmax(goldens.tensorOf(entry, "x")), goldens.tensorOf(entry, "out"), "softmax");
  });

  it.each(casesOf("rmsnorm"))("%s", (_name, entry) => {
    const params = entry.params as { eps: number; zeroCentered?: boolean };
    const out = rmsNorm(goldens.tensorOf(entry, "x"), goldens.tensorOf(entry, "gain").data, { eps: params.eps, zeroCentered: params.zeroCentered === true });
    expectClose(out, goldens.tensorOf(entry, "out"), "rmsnorm");
  });

  it.each(casesOf("rope"))("%s", (_name, entry) => {
    const params = entry.params as { style: RopeStyle; rotaryDim: number; theta?: number; attentionFactor?: number; positions: number[] };
    const out = applyRope(goldens.tensorOf(entry, "x"), params.positions, {
      style: params.style,
      rotaryDim: params.rotaryDim,
      ...(params.theta === undefined ? {} : { theta: params.theta }),
      ...(params.attentionFactor === undefined ? {} : { attentionFactor: params.attentionFactor }),
      ...(entry.tensors["invFreq"] === undefined ? {} : { inverseFrequencies: goldens.tensorOf(entry, "invFreq").data }),
    });
    expectClose(out, goldens.tensorOf(entry, "out"), "rope");
  });

  it.each(casesOf("linear"))("%s", (_name, entry) => {
    expectClose(linear(goldens.tensorOf(entry, "x"), goldens.tensorOf(entry, "weight")), goldens.tensorOf(entry, "out"), "linear");
  });

  it.each(casesOf("mfa"))("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const params = entry.params as { heads: number; headDim: number; eps: number; rope: { theta: number } | false };
    const weights = { qkv: get("qkv"), queryNormGain: get("queryNormGain").data, queryUp: get("queryUp"), output: get("output") };
    const projection = mfaProject(get("x"), weights, params);
    expectClose(projection.query, get("query"), "query");
    expectClose(projection.key, get("key"), "key after RoPE");
    expectClose(projection.value, get("value"), "value");
    expectClose(mfaAttention(get("x"), weights, params), get("out"), "output");
  });

  it.each(casesOf("mfa-kr"))("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const params = entry.params as { heads: number; headDim: number; eps: number; rope: { theta: number }; order: KeyReuseOrder; valueFromKey: "before-rope" | "after-rope" };
    const out = mfaKeyReuseAttention(
      get("x"),
      { queryKey: get("queryKey"), queryNormGain: get("queryNormGain").data, queryUp: get("queryUp"), output: get("output"), reuseMatrix: get("reuseMatrix"), reuseGate: get("reuseGate").data },
      params,
    );
    expectClose(out, get("out"), "output");
  });

  describe.each(casesOf("mla"))("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const options = entry.params as unknown as MlaOptions;
    const weights = {
      queryDown: get("queryDown"),
      queryNormGain: get("queryNormGain").data,
      queryUp: get("queryUp"),
      kvDown: get("kvDown"),
      kvNormGain: get("kvNormGain").data,
      kvUp: get("kvUp"),
      output: get("output"),
    };

    it("cache rows [c_kv | k_pe]", () => {
      expectClose(mlaProject(get("x"), weights, options).cacheRows, get("cacheRows"), "cache rows");
    });

    it("naive form", () => {
      const projection = mlaProject(get("x"), weights, options);
      expectClose(mlaAttendNaive(projection, projection.cacheRows, weights, options), get("out"), "naive output");
    });

    it("absorbed form", () => {
      const projection = mlaProject(get("x"), weights, options);
      expectClose(mlaAttendAbsorbed(projection, projection.cacheRows, weights, options), get("out"), "absorbed output");
    });
  });

  describe.each(casesOf("mla-decode"))("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const { queryRows, ...options } = entry.params as unknown as MlaOptions & { queryRows: number };
    const weights = {
      queryDown: get("queryDown"),
      queryNormGain: get("queryNormGain").data,
      queryUp: get("queryUp"),
      kvDown: get("kvDown"),
      kvNormGain: get("kvNormGain").data,
      kvUp: get("kvUp"),
      output: get("output"),
    };
    const projection = mlaProject(get("x"), weights, options);
    const lastRows = (x: Tensor): Tensor => {
      const [tokens, heads, width] = x.shape as [number, number, number];
      return tensor(x.data.slice((tokens - queryRows) * heads * width), [queryRows, heads, width]);
    };
    const queries = { queryNope: lastRows(projection.queryNope), queryPe: lastRows(projection.queryPe) };

    it("cache rows [c_kv | k_pe]", () => {
      expectClose(projection.cacheRows, get("cacheRows"), "cache rows");
    });

    it("naive form", () => {
      expectClose(mlaAttendNaive(queries, projection.cacheRows, weights, options), get("out"), "naive output");
    });

    it("absorbed form", () => {
      expectClose(mlaAttendAbsorbed(queries, projection.cacheRows, weights, options), get("out"), "absorbed output");
    });
  });

  describe.each(casesOf("decode"))("%s", (_name, entry) => {
    const get = (name: string) => goldens.tensorOf(entry, name);
    const mask = libraryMask((entry.params as { mask: Record<string, unknown> }).mask);
    const [q, k, v, out] = [get("q"), get("k"), get("v"), get("out")];
    const [tokens, heads, dim] = q.shape as [number, number, number];
    const kvHeads = k.shape[1]!;
    const slice = (source: Tensor, t: number, width: number): Tensor =>
      tensor(source.data.slice(t * width, (t + 1) * width), [1, source.shape[1]!, source.shape[2]!]);
    const caches: [string, () => KvCache][] = [
      ["growing cache", () => new GrowingKvCache({ kvHeads, headDim: dim }, 2)],
      ...(mask.kind === "sliding" ? [["ring cache", () => new RingKvCache({ kvHeads, headDim: dim }, mask.window)] as [string, () => KvCache]] : []),
      ...(mask.kind === "chunked" ? [["ring cache", () => new RingKvCache({ kvHeads, headDim: dim }, mask.chunkSize)] as [string, () => KvCache]] : []),
    ];

    it.each(caches)("%s step by step", (_cacheName, makeCache) => {
      const cache = makeCache();
      for (let t = 0; t < tokens; t++) {
        const step = decodeStep(cache, slice(q, t, heads * dim), slice(k, t, kvHeads * dim), slice(v, t, kvHeads * dim), { mask });
        const expected = tensor(out.data.slice(t * heads * dim, (t + 1) * heads * dim), [1, heads, dim]);
        expectClose(step.output, expected, `decode step ${t}`);
      }
    });
  });

  describe.each(casesOf("attnres"))("%s", (name, entry) => {
    const get = (tensorName: string) => goldens.tensorOf(entry, tensorName);
    const params = entry.params as { eps: number; sublayerEps: number; blockSize: number | null };
    const weights = get("sublayerWeights");
    const [layers, width] = weights.shape as [number, number, number];
    const sublayer = (layer: number, input: Tensor): Tensor => {
      const normed = rmsNorm(input, undefined, { eps: params.sublayerEps });
      const projected = linear(normed, tensor(weights.data.slice(layer * width * width, (layer + 1) * width * width), [width, width]));
      return tensor(projected.data.map((value) => Math.tanh(value)), projected.shape);
    };
    const parameters: AttnResParameters = { pseudoQueries: get("pseudoQueries"), keyNormGains: get("keyNormGains"), eps: params.eps };
    const runners = params.blockSize === null
      ? [["one pass", () => runFullAttnRes(get("embedding"), sublayer, parameters)] as const]
      : [
          ["one pass", () => runBlockAttnRes(get("embedding"), sublayer, parameters, { blockSize: params.blockSize! })] as const,
          ["two phases", () => runBlockAttnResTwoPhase(get("embedding"), sublayer, parameters, { blockSize: params.blockSize! })] as const,
        ];

    it.each(runners)("%s", (_runner, run) => {
      const result = run();
      const inputs = get("inputs");
      const outputs = get("outputs");
      const stride = inputs.data.length / layers;
      for (let layer = 0; layer < layers; layer++) {
        const expectedInput = tensor(inputs.data.slice(layer * stride, (layer + 1) * stride), result.inputs[layer]!.shape);
        const expectedOutput = tensor(outputs.data.slice(layer * stride, (layer + 1) * stride), result.outputs[layer]!.shape);
        expectClose(result.inputs[layer]!, expectedInput, `${name} input of sublayer ${layer}`);
        expectClose(result.outputs[layer]!, expectedOutput, `${name} output of sublayer ${layer}`);
      }
    });

    it("mixes the embedding alone at sublayer 0", () => {
      const mixed = attnResMix([get("embedding")], parameters, 0);
      expectClose(mixed, reshape(get("embedding"), mixed.shape), "sublayer 0 input");
    });
  });
});
