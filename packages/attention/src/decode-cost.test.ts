import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  groupedQueryAttention,
  linearAttention,
  multiHeadLatentAttention,
  multiMatrixFactorizationAttention,
  type AttentionKind,
  type AttentionWindow,
  type LinearAttention,
} from "./attention-kind.js";
import {
  DEFAULT_GDN_CONV_KERNEL_SIZE,
  DEFAULT_KDA_CONV_KERNEL_SIZE,
  LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT,
  attentionFlops,
  cacheElementsPerToken,
  kvBytesRead,
  layerDecodeCost,
  linearStateBytes,
  projectionFlops,
  shortConvolution,
  visibleKeys,
  type ChunkedKeysConvention,
  type LayerCostOptions,
  type MlaFlopConvention,
} from "./decode-cost.js";
import { ELEMENT_TYPES, bytesPerElement, type ElementType } from "./element-type.js";
import { isAttentionError, type AttentionError } from "./errors.js";

const S_8K = 8192;
const FP8: LayerCostOptions = { cacheElementType: "fp8" };

// Dimensions from the Step-3 system report (arXiv 2507.19427) and the DeepSeek-V3 config.json.
const step3 = multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048 });
const STEP3_HIDDEN = 7168;
const deepseekV3 = multiHeadLatentAttention({
  numQueryHeads: 128,
  kvLoraRank: 512,
  qkRopeHeadDim: 64,
  qkNopeHeadDim: 128,
  vHeadDim: 128,
  qLoraRank: 1536,
});
const lightning = linearAttention({ variant: "lightning", numHeads: 64, keyHeadDim: 128, valueHeadDim: 128 });
const kda = linearAttention({ variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 4 });

/** Runs `call` and returns the AttentionError it throws. Fails the test if the call returns. */
function catchAttentionError(call: () => unknown): AttentionError {
  try {
    call();
  } catch (error) {
    expect(isAttentionError(error)).toBe(true);
    return error as AttentionError;
  }
  expect.fail("expected an AttentionError, but the call returned");
}

describe("Step-3 MFA layer at 8K, FP8", () => {
  const cost = layerDecodeCost(step3, S_8K, STEP3_HIDDEN, FP8);

  it("reads 4,194,304 KV bytes", () => {
    expect(cost.kvBytes).toBe(4_194_304);
  });

  it("does 536,870,912 attention FLOPs", () => {
    expect(cost.attentionFlops).toBe(536_870_912);
  });

  it("does 338,690,048 projection FLOPs", () => {
    expect(cost.linearFlops).toBe(338_690_048);
  });

  it("has intensity 128", () => {
    expect(cost.arithmeticIntensity).toBe(128);
  });

  it("caches 512 elements per token", () => {
    expect(cacheElementsPerToken(step3)).toBe(512);
  });
});

describe("DeepSeek-V3 MLA layer at 8K, FP8", () => {
  it("caches 576 elements per token", () => {
    expect(cacheElementsPerToken(deepseekV3)).toBe(576);
    expect(kvBytesRead(deepseekV3, S_8K, FP8)).toBe(576 * S_8K);
  });

  it("mla-576 counts QK and PV over 576", () => {
    const cost = layerDecodeCost(deepseekV3, S_8K, 7168, { ...FP8, mlaFlops: "mla-576" });

    expect(cost.attentionFlops).toBe(4 * 128 * 576 * S_8K);
    expect(cost.attentionFlops * 61).toBe(147_371_065_344);
    expect(cost.arithmeticIntensity).toBe(512);
  });

  it("defaults to mla-576", () => {
    expect(attentionFlops(deepseekV3, S_8K)).toBe(attentionFlops(deepseekV3, S_8K, { mlaFlops: "mla-576" }));
  });

  it("mla-576-pv512 counts PV over 512", () => {
    const cost = layerDecodeCost(deepseekV3, S_8K, 7168, { ...FP8, mlaFlops: "mla-576-pv512" });

    expect(cost.attentionFlops).toBe(2 * 128 * (576 + 512) * S_8K);
    expect(cost.attentionFlops * 61).toBe(139_183_783_936);
    expect(Math.round(cost.arithmeticIntensity * 10) / 10).toBe(483.6);
  });

  it("projection FLOPs match the model total", () => {
    // 22,826,844,160 linear FLOPs over 61 layers.
    expect(projectionFlops(deepseekV3, 7168) * 61).toBe(22_826_844_160);
  });
});

describe("KV bytes per context token, all layers, FP8", () => {
  const qwen3_235b = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 4, headDim: 128 });
  const rows: { name: string; attention: AttentionKind; layers: number; bytes: number }[] = [
    { name: "Step-3", attention: step3, layers: 61, bytes: 31_232 },
    { name: "DeepSeek-V3", attention: deepseekV3, layers: 61, bytes: 35_136 },
    { name: "Qwen3-235B-A22B", attention: qwen3_235b, layers: 94, bytes: 96_256 },
  ];

  for (const { name, attention, layers, bytes } of rows) {
    it(`${name} reads ${bytes} bytes, twice that in BF16`, () => {
      expect(kvBytesRead(attention, 1, FP8) * layers).toBe(bytes);
      expect(kvBytesRead(attention, 1, { cacheElementType: "bf16" }) * layers).toBe(2 * bytes);
    });
  }
});

describe("grouped attention", () => {
  const qwen3_235b = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 4, headDim: 128 });

  it("reads 2·n_kv·d_h·b·S bytes", () => {
    expect(kvBytesRead(qwen3_235b, S_8K, { cacheElementType: "bf16" })).toBe(2 * 4 * 128 * 2 * S_8K);
  });

  it("does 4·n_q·d_h·S attention FLOPs", () => {
    expect(attentionFlops(qwen3_235b, S_8K)).toBe(4 * 64 * 128 * S_8K);
  });

  it("has intensity 2·n_q / (n_kv·b)", () => {
    expect(layerDecodeCost(qwen3_235b, S_8K, 4096, FP8).arithmeticIntensity).toBe(32);
    expect(layerDecodeCost(qwen3_235b, S_8K, 4096, { cacheElementType: "bf16" }).arithmeticIntensity).toBe(16);
  });

  it("MHA and MQA follow the same rule", () => {
    const mha = groupedQueryAttention({ numQueryHeads: 32, numKvHeads: 32, headDim: 64 });
    const mqa = groupedQueryAttention({ numQueryHeads: 32, numKvHeads: 1, headDim: 64 });

    expect(kvBytesRead(mha, 100, FP8)).toBe(2 * 32 * 64 * 100);
    expect(kvBytesRead(mqa, 100, FP8)).toBe(2 * 1 * 64 * 100);
    expect(layerDecodeCost(mha, 100, 2048, FP8).arithmeticIntensity).toBe(2);
    expect(layerDecodeCost(mqa, 100, 2048, FP8).arithmeticIntensity).toBe(64);
  });

  it("projection FLOPs are 2·(2·h·n_q·d_h + 2·h·n_kv·d_h)", () => {
    const h = 4096;
    expect(projectionFlops(qwen3_235b, h)).toBe(2 * (2 * h * 64 * 128 + 2 * h * 4 * 128));
  });

  it("a narrower value head shrinks cache and PV", () => {
    const split = groupedQueryAttention({ numQueryHeads: 16, numKvHeads: 4, headDim: 192, valueHeadDim: 128 });

    expect(cacheElementsPerToken(split)).toBe(4 * (192 + 128));
    expect(attentionFlops(split, 10)).toBe(2 * 16 * (192 + 128) * 10);
  });

  it("element-wise gate adds 2·h·n_q·d_v FLOPs", () => {
    // Qwen3-Next gated attention: q_proj is 2048 → 2 · 16 · 256, half of it the output gate.
    const spec = { numQueryHeads: 16, numKvHeads: 2, headDim: 256 };
    const plain = groupedQueryAttention(spec);
    const gated = groupedQueryAttention({ ...spec, elementwiseGate: true });

    expect(projectionFlops(gated, 2048) - projectionFlops(plain, 2048)).toBe(2 * 2048 * 16 * 256);
    expect(projectionFlops(gated, 2048)).toBe(2 * (2048 * 8192 + 2 * 2048 * 512 + 4096 * 2048));
    expect(kvBytesRead(gated, S_8K, FP8)).toBe(kvBytesRead(plain, S_8K, FP8));
    expect(attentionFlops(gated, S_8K)).toBe(attentionFlops(plain, S_8K));
  });

  it("head-wise gate adds 2·h·n_q projection FLOPs", () => {
    const spec = { numQueryHeads: 64, numKvHeads: 8, headDim: 128 };
    const plain = groupedQueryAttention(spec);
    const gated = groupedQueryAttention({ ...spec, headwiseGate: true });

    expect(projectionFlops(gated, 4096) - projectionFlops(plain, 4096)).toBe(2 * 4096 * 64);
    expect(kvBytesRead(gated, S_8K, FP8)).toBe(kvBytesRead(plain, S_8K, FP8));
    expect(attentionFlops(gated, S_8K)).toBe(attentionFlops(plain, S_8K));
  });
});

describe("MFA key reuse", () => {
  const kr = multiMatrixFactorizationAttention({ numQueryHeads: 64, headDim: 256, queryRank: 2048, keyReuse: true });

  it("halves the cache", () => {
    expect(kvBytesRead(kr, S_8K, FP8)).toBe(kvBytesRead(step3, S_8K, FP8) / 2);
    expect(cacheElementsPerToken(kr)).toBe(256);
  });

  it("doubles the intensity", () => {
    expect(layerDecodeCost(kr, S_8K, STEP3_HIDDEN, FP8).arithmeticIntensity).toBe(256);
  });

  it("keeps the attention FLOPs", () => {
    expect(attentionFlops(kr, S_8K)).toBe(attentionFlops(step3, S_8K));
  });
});

describe("MLA without a query low-rank path", () => {
  it("projects queries straight from the hidden state", () => {
    const h = 2304;
    const mla = multiHeadLatentAttention({
      numQueryHeads: 32,
      kvLoraRank: 512,
      qkRopeHeadDim: 64,
      qkNopeHeadDim: 128,
      vHeadDim: 128,
      qLoraRank: null,
    });
    const query = h * 32 * (128 + 64);
    const kvDown = h * (512 + 64);
    const kvUp = 512 * 32 * (128 + 128);
    const output = 32 * 128 * h;

    expect(projectionFlops(mla, h)).toBe(2 * (query + kvDown + kvUp + output));
  });
});

describe("sliding and chunked windows", () => {
  const sliding: AttentionWindow = { kind: "sliding", sizeTokens: 512 };
  const chunked: AttentionWindow = { kind: "chunked", sizeTokens: S_8K };
  const swa = groupedQueryAttention({ numQueryHeads: 96, numKvHeads: 8, headDim: 128, window: sliding });
  const chunkedGqa = groupedQueryAttention({ numQueryHeads: 40, numKvHeads: 8, headDim: 128, window: chunked });

  it("a token sees min(S, W) keys", () => {
    expect(visibleKeys(swa, 100)).toBe(100);
    expect(visibleKeys(swa, 512)).toBe(512);
    expect(visibleKeys(swa, S_8K)).toBe(512);
    expect(visibleKeys(chunkedGqa, S_8K)).toBe(S_8K);
    expect(visibleKeys(chunkedGqa, 3 * S_8K)).toBe(S_8K);
  });

  it("bytes and FLOPs use min(S, W)", () => {
    const full = groupedQueryAttention({ numQueryHeads: 96, numKvHeads: 8, headDim: 128 });

    expect(kvBytesRead(swa, S_8K, FP8)).toBe(kvBytesRead(full, 512, FP8));
    expect(attentionFlops(swa, S_8K)).toBe(attentionFlops(full, 512));
  });

  it("chunkedKeys position gives (S mod W) + 1", () => {
    expect(visibleKeys(chunkedGqa, S_8K, "position")).toBe(1);
    expect(visibleKeys(chunkedGqa, S_8K + 1, "position")).toBe(2);
    expect(visibleKeys(chunkedGqa, 12_288, "position")).toBe(4097);
    expect(kvBytesRead(chunkedGqa, S_8K, { ...FP8, chunkedKeys: "position" })).toBe(2 * 8 * 128);
    expect(attentionFlops(chunkedGqa, S_8K, { chunkedKeys: "position" })).toBe(4 * 40 * 128);
  });

  it("position applies to chunked layers only", () => {
    const full = groupedQueryAttention({ numQueryHeads: 40, numKvHeads: 8, headDim: 128 });

    expect(visibleKeys(swa, S_8K, "position")).toBe(512);
    expect(visibleKeys(full, S_8K, "position")).toBe(S_8K);
  });

  it("windows keep the intensity", () => {
    const full = groupedQueryAttention({ numQueryHeads: 96, numKvHeads: 8, headDim: 128 });
    const intensity = layerDecodeCost(full, S_8K, 4096, FP8).arithmeticIntensity;

    expect(layerDecodeCost(swa, S_8K, 4096, FP8).arithmeticIntensity).toBe(intensity);
    expect(intensity).toBe(24);
  });

  it("a window does not change projection FLOPs", () => {
    const full = groupedQueryAttention({ numQueryHeads: 96, numKvHeads: 8, headDim: 128 });
    expect(projectionFlops(swa, 4096)).toBe(projectionFlops(full, 4096));
  });
});

describe("linear attention", () => {
  it("lightning state is 2·n_h·d_k·d_v·4 bytes", () => {
    expect(kvBytesRead(lightning, S_8K, FP8)).toBe(2 * 64 * 128 * 128 * 4);
    expect(linearStateBytes(lightning)).toBe(8_388_608);
  });

  it("state bytes ignore the KV cache type", () => {
    expect(kvBytesRead(lightning, S_8K, { cacheElementType: "bf16" })).toBe(kvBytesRead(lightning, S_8K, FP8));
  });

  it("state bytes follow stateElementType", () => {
    expect(kvBytesRead(lightning, S_8K, { ...FP8, stateElementType: "bf16" })).toBe(2 * 64 * 128 * 128 * 2);
  });

  it("does 10·n_h·d_k·d_v FLOPs", () => {
    expect(LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT).toBe(10);
    expect(attentionFlops(lightning, S_8K)).toBe(10 * 64 * 128 * 128);
  });

  it("projection FLOPs are five h × n_h·d_h matrices", () => {
    expect(projectionFlops(lightning, 6144)).toBe(2 * 5 * 6144 * 64 * 128);
  });

  it("has no cached keys", () => {
    expect(visibleKeys(lightning, S_8K)).toBe(0);
    expect(cacheElementsPerToken(lightning)).toBe(0);
  });

  it("reports intensity as FLOPs per state byte", () => {
    const cost = layerDecodeCost(lightning, S_8K, 6144, FP8);
    expect(cost.arithmeticIntensity).toBe(cost.attentionFlops / cost.kvBytes);
  });

  it("KDA short-conv option adds 2·3·(K−1)·n_h·d_h·b_state", () => {
    const recurrent = 2 * 32 * 128 * 128 * 4;
    const convolution = 2 * 3 * (4 - 1) * 32 * 128 * 4;

    expect(kvBytesRead(kda, S_8K, FP8)).toBe(recurrent);
    expect(kvBytesRead(kda, S_8K, { ...FP8, includeShortConvState: true })).toBe(recurrent + convolution);
    expect(linearStateBytes(kda, "bf16", true)).toBe((recurrent + convolution) / 2);
  });

  it("KDA kernel size defaults to 4", () => {
    const noKernel = linearAttention({ variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128 });
    const kernel2 = linearAttention({ variant: "kda", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 2 });
    const recurrent = 2 * 32 * 128 * 128 * 4;

    expect(DEFAULT_KDA_CONV_KERNEL_SIZE).toBe(4);
    expect(linearStateBytes(noKernel, "fp32", true)).toBe(linearStateBytes(kda, "fp32", true));
    expect(linearStateBytes(kernel2, "fp32", true)).toBe(recurrent + 2 * 3 * 1 * 32 * 128 * 4);
  });

  it("short-conv option ignores lightning", () => {
    expect(linearStateBytes(lightning, "fp32", true)).toBe(linearStateBytes(lightning, "fp32", false));
  });

  it("softmax layers have no linear state", () => {
    expect(linearStateBytes(step3)).toBe(0);
  });
});

describe("Gated DeltaNet layer of Qwen3-Next-80B-A3B", () => {
  // Qwen3NextConfig defaults (transformers): linear_num_key_heads 16, linear_num_value_heads 32,
  // linear_key_head_dim 128, linear_value_head_dim 128, linear_conv_kernel_dim 4, hidden_size 2048.
  const gdn = linearAttention({ variant: "gdn", numHeads: 32, numKeyHeads: 16, keyHeadDim: 128, valueHeadDim: 128 });

  it("state is one d_k × d_v matrix per value head", () => {
    // 32 value heads · 128 · 128 = 524,288 FP32 elements = 2,097,152 bytes, read and written: 4,194,304.
    expect(linearStateBytes(gdn)).toBe(4_194_304);
    expect(kvBytesRead(gdn, S_8K, FP8)).toBe(4_194_304);
    expect(kvBytesRead(gdn, 0, FP8)).toBe(4_194_304);
  });

  it("short-conv state spans q, k and v channels", () => {
    // Channels 2 · 16 · 128 + 32 · 128 = 8,192; K − 1 = 3 inputs each: 24,576 FP32 elements =
    // 98,304 bytes, read and written: 196,608.
    expect(shortConvolution(gdn)).toEqual({ channels: 8192, kernelSize: 4 });
    expect(linearStateBytes(gdn, "fp32", true)).toBe(4_194_304 + 196_608);
    expect(kvBytesRead(gdn, S_8K, { ...FP8, includeShortConvState: true })).toBe(4_390_912);
  });

  it("kernel size defaults to 4 and can be set", () => {
    const kernel2 = linearAttention({ variant: "gdn", numHeads: 32, numKeyHeads: 16, keyHeadDim: 128, valueHeadDim: 128, convKernelSize: 2 });

    expect(DEFAULT_GDN_CONV_KERNEL_SIZE).toBe(4);
    expect(linearStateBytes(kernel2, "fp32", true)).toBe(4_194_304 + 2 * 1 * 8192 * 4);
  });

  it("key heads default to the value heads", () => {
    const square = linearAttention({ variant: "gdn", numHeads: 32, keyHeadDim: 128, valueHeadDim: 128 });

    expect(shortConvolution(square).channels).toBe(3 * 32 * 128);
  });

  it("state update FLOPs use the linear constant", () => {
    expect(attentionFlops(gdn, S_8K)).toBe(LINEAR_ATTENTION_FLOPS_PER_STATE_ELEMENT * 32 * 128 * 128);
  });

  it("projections are qkvz, beta/decay and out", () => {
    // in_proj_qkvz 2048 × (2·2048 + 2·4096) = 25,165,824; in_proj_ba 2048 × 64 = 131,072;
    // out_proj 4096 × 2048 = 8,388,608. Twice their sum is 67,371,008 FLOPs.
    expect(projectionFlops(gdn, 2048)).toBe(67_371_008);
  });

  it("lightning has no short convolution", () => {
    expect(shortConvolution(lightning)).toEqual({ channels: 0, kernelSize: 0 });
    expect(shortConvolution(step3)).toEqual({ channels: 0, kernelSize: 0 });
  });
});

describe("context length zero", () => {
  it("reads nothing and reports intensity 0", () => {
    const cost = layerDecodeCost(step3, 0, STEP3_HIDDEN, FP8);

    expect(cost.kvBytes).toBe(0);
    expect(cost.attentionFlops).toBe(0);
    expect(cost.arithmeticIntensity).toBe(0);
    expect(cost.linearFlops).toBe(338_690_048);
  });
});

describe("invalid context length", () => {
  const attentions: AttentionKind[] = [step3, deepseekV3, lightning, kda];
  const badLengths = [-1, 0.5, 8191.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53];
  const calls: { name: string; call: (attention: AttentionKind, contextTokens: number) => unknown }[] = [
    { name: "visibleKeys", call: (attention, s) => visibleKeys(attention, s) },
    { name: "kvBytesRead", call: (attention, s) => kvBytesRead(attention, s, FP8) },
    { name: "attentionFlops", call: (attention, s) => attentionFlops(attention, s) },
    { name: "layerDecodeCost", call: (attention, s) => layerDecodeCost(attention, s, 7168, FP8) },
  ];

  for (const { name, call } of calls) {
    it(`${name} rejects it for every kind`, () => {
      for (const attention of attentions) {
        for (const contextTokens of badLengths) {
          const error = catchAttentionError(() => call(attention, contextTokens));

          expect(error.code, `${attention.kind} at ${contextTokens}`).toBe("INVALID_CONTEXT_LENGTH");
          expect(error.field).toBe("contextTokens");
          expect(error.value).toBe(contextTokens);
          expect(error.message).toContain(String(contextTokens));
        }
      }
    });
  }
});

describe("context length messages", () => {
  it("quote a string context length", () => {
    const error = catchAttentionError(() => visibleKeys(step3, "8192" as unknown as number));

    expect(error.code).toBe("INVALID_CONTEXT_LENGTH");
    expect(error.message).toBe('Invalid context length "8192": expected a non-negative integer number of tokens.');
  });

  it("name the bound for unsafe integers", () => {
    const error = catchAttentionError(() => kvBytesRead(step3, 2 ** 60, FP8));

    expect(error.message).toContain("at most Number.MAX_SAFE_INTEGER (2^53 − 1)");
  });
});

describe("element type option messages", () => {
  it("name cacheElementType", () => {
    const options = { cacheElementType: "FP8" } as unknown as LayerCostOptions;
    const error = catchAttentionError(() => layerDecodeCost(step3, S_8K, STEP3_HIDDEN, options));

    expect(error.code).toBe("UNKNOWN_ELEMENT_TYPE");
    expect(error.field).toBe("cacheElementType");
    expect(error.message).toBe('Invalid cacheElementType "FP8": expected one of fp32, bf16, fp16, fp8, int8.');
  });

  it("name a missing cacheElementType", () => {
    const error = catchAttentionError(() => kvBytesRead(step3, S_8K, { cacheElementType: undefined } as unknown as LayerCostOptions));

    expect(error.field).toBe("cacheElementType");
    expect(error.message).toContain("Invalid cacheElementType undefined:");
  });

  it("reject a bad stateElementType on softmax layers", () => {
    const options = { cacheElementType: "fp8", stateElementType: "float32" } as unknown as LayerCostOptions;
    const error = catchAttentionError(() => layerDecodeCost(step3, S_8K, STEP3_HIDDEN, options));

    expect(error.code).toBe("UNKNOWN_ELEMENT_TYPE");
    expect(error.field).toBe("stateElementType");
  });

  it("reject a bad cacheElementType on linear layers", () => {
    const options = { cacheElementType: "e4m3" } as unknown as LayerCostOptions;
    const error = catchAttentionError(() => kvBytesRead(kda, S_8K, options));

    expect(error.field).toBe("cacheElementType");
  });

  it("show the positional linearStateBytes call", () => {
    const call = () => linearStateBytes(kda, { includeShortConvState: true } as unknown as ElementType);
    const error = catchAttentionError(call);

    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("stateElementType");
    expect(error.message).toContain('linearStateBytes(layer, "fp32", true)');
    expect(error.message).not.toContain("[object Object]");
  });

  it("name stateElementType in linearStateBytes", () => {
    const error = catchAttentionError(() => linearStateBytes(kda, "tf32" as ElementType));

    expect(error.code).toBe("UNKNOWN_ELEMENT_TYPE");
    expect(error.field).toBe("stateElementType");
  });
});

// Arbitraries for the property tests. Dimensions stay small enough that every product is an exact
// integer in a double, so the properties can compare with toBe.
const elementTypeArb = fc.constantFrom<ElementType>(...ELEMENT_TYPES);
const contextArb = fc.nat({ max: 1 << 20 });
const headDimArb = fc.integer({ min: 1, max: 512 });

const gqaArb = fc
  .record({ numKvHeads: fc.integer({ min: 1, max: 16 }), group: fc.integer({ min: 1, max: 8 }), headDim: headDimArb })
  .map(({ numKvHeads, group, headDim }) => groupedQueryAttention({ numQueryHeads: numKvHeads * group, numKvHeads, headDim }));

const mfaArb = fc
  .record({ numQueryHeads: fc.integer({ min: 1, max: 128 }), headDim: headDimArb, keyReuse: fc.boolean() })
  .map((spec) => multiMatrixFactorizationAttention({ ...spec, queryRank: 2048 }));

const mlaArb = fc
  .record({
    numQueryHeads: fc.integer({ min: 1, max: 128 }),
    kvLoraRank: fc.integer({ min: 1, max: 1024 }),
    qkRopeHeadDim: fc.integer({ min: 1, max: 128 }),
  })
  .map((spec) => multiHeadLatentAttention({ ...spec, qkNopeHeadDim: 128, vHeadDim: 128, qLoraRank: 1536 }));

const fullAttentionArb = fc.oneof(gqaArb, mfaArb, mlaArb);

const windowKindArb = fc.constantFrom<AttentionWindow["kind"]>("sliding", "chunked");
const windowArb = fc.record({ kind: windowKindArb, sizeTokens: fc.integer({ min: 1, max: 1 << 16 }) });

const windowedAttentionArb = fc
  .tuple(fullAttentionArb, windowArb)
  .map(([attention, window]): AttentionKind => ({ ...attention, window }) as AttentionKind);

describe("properties", () => {
  it("full-attention KV bytes are linear in S", () => {
    fc.assert(
      fc.property(fullAttentionArb, elementTypeArb, contextArb, contextArb, (attention, type, a, b) => {
        const options = { cacheElementType: type };
        expect(kvBytesRead(attention, a + b, options)).toBe(kvBytesRead(attention, a, options) + kvBytesRead(attention, b, options));
      }),
    );
  });

  it("full-attention FLOPs are linear in S", () => {
    fc.assert(
      fc.property(fullAttentionArb, contextArb, contextArb, (attention, a, b) => {
        expect(attentionFlops(attention, a + b)).toBe(attentionFlops(attention, a) + attentionFlops(attention, b));
      }),
    );
  });

  it("sliding KV bytes stay constant past the window", () => {
    fc.assert(
      fc.property(fullAttentionArb, fc.integer({ min: 1, max: 1 << 16 }), contextArb, elementTypeArb, (base, size, extra, type) => {
        const attention = { ...base, window: { kind: "sliding", sizeTokens: size } } as AttentionKind;
        const options = { cacheElementType: type };
        expect(kvBytesRead(attention, size + extra, options)).toBe(kvBytesRead(attention, size, options));
      }),
    );
  });

  it("window at least S equals full attention", () => {
    fc.assert(
      fc.property(fullAttentionArb, windowKindArb, contextArb, fc.nat({ max: 1 << 16 }), elementTypeArb, (full, kind, s, slack, type) => {
        const attention = { ...full, window: { kind, sizeTokens: Math.max(1, s + slack) } } as AttentionKind;
        const options = { cacheElementType: type };

        expect(kvBytesRead(attention, s, options)).toBe(kvBytesRead(full, s, options));
        expect(attentionFlops(attention, s)).toBe(attentionFlops(full, s));
      }),
    );
  });

  it("MLA caches (kv_lora + rope)·b·S bytes", () => {
    fc.assert(
      fc.property(mlaArb, elementTypeArb, contextArb, (attention, type, s) => {
        const perToken = attention.kvLoraRank + attention.qkRopeHeadDim;
        expect(kvBytesRead(attention, s, { cacheElementType: type })).toBe(perToken * bytesPerElement(type) * s);
      }),
    );
  });

  it("intensity does not depend on S", () => {
    fc.assert(
      fc.property(
        fc.oneof(fullAttentionArb, windowedAttentionArb),
        elementTypeArb,
        fc.constantFrom<MlaFlopConvention>("mla-576", "mla-576-pv512"),
        fc.constantFrom<ChunkedKeysConvention>("max", "position"),
        fc.integer({ min: 1, max: 1 << 20 }),
        fc.integer({ min: 1, max: 1 << 20 }),
        (attention, type, mlaFlops, chunkedKeys, s1, s2) => {
          const options: LayerCostOptions = { cacheElementType: type, mlaFlops, chunkedKeys };
          const first = layerDecodeCost(attention, s1, 4096, options).arithmeticIntensity;
          const second = layerDecodeCost(attention, s2, 4096, options).arithmeticIntensity;

          expect(first).toBeGreaterThan(0);
          expect(second).toBe(first);
        },
      ),
    );
  });

  it("GQA intensity is 2·n_q / (n_kv·b)", () => {
    fc.assert(
      fc.property(gqaArb, elementTypeArb, fc.integer({ min: 1, max: 1 << 20 }), (attention, type, s) => {
        const expected = (2 * attention.numQueryHeads) / (attention.numKvHeads * bytesPerElement(type));
        expect(layerDecodeCost(attention, s, 4096, { cacheElementType: type }).arithmeticIntensity).toBe(expected);
      }),
    );
  });

  it("linear attention cost does not depend on S", () => {
    const linearArb = fc
      .record({
        variant: fc.constantFrom<LinearAttention["variant"]>("lightning", "kda", "gdn"),
        numHeads: fc.integer({ min: 1, max: 128 }),
        keyHeadDim: headDimArb,
        valueHeadDim: headDimArb,
      })
      .map((spec) => linearAttention(spec));

    fc.assert(
      fc.property(linearArb, fc.boolean(), contextArb, contextArb, (attention, includeShortConvState, s1, s2) => {
        const options: LayerCostOptions = { cacheElementType: "fp8", includeShortConvState };
        expect(layerDecodeCost(attention, s2, 4096, options)).toEqual(layerDecodeCost(attention, s1, 4096, options));
      }),
    );
  });
});

describe("option checks", () => {
  const mla = multiHeadLatentAttention({
    numQueryHeads: 128,
    kvLoraRank: 512,
    qkRopeHeadDim: 64,
    qkNopeHeadDim: 128,
    vHeadDim: 128,
    qLoraRank: 1536,
  });

  function codeOf(run: () => unknown): string | undefined {
    try {
      run();
    } catch (error) {
      return (error as AttentionError).code;
    }
    return undefined;
  }

  it("rejects an unknown cache element type", () => {
    expect(codeOf(() => layerDecodeCost(mla, 8192, 7168, { cacheElementType: "fp4" as ElementType }))).toBe("UNKNOWN_ELEMENT_TYPE");
  });

  it("rejects prototype names as element types", () => {
    const gdn = linearAttention({ variant: "gdn", numHeads: 2, keyHeadDim: 4, valueHeadDim: 4 });
    expect(codeOf(() => kvBytesRead(mla, 8192, { cacheElementType: "toString" as ElementType }))).toBe("UNKNOWN_ELEMENT_TYPE");
    expect(codeOf(() => linearStateBytes(gdn, "valueOf" as ElementType))).toBe("UNKNOWN_ELEMENT_TYPE");
    expect(codeOf(() => layerDecodeCost(gdn, 1, 8, { cacheElementType: "fp8", stateElementType: "constructor" as ElementType }))).toBe("UNKNOWN_ELEMENT_TYPE");
  });

  it("rejects an unknown MLA FLOP convention", () => {
    expect(codeOf(() => attentionFlops(mla, 8192, { mlaFlops: "x" as MlaFlopConvention }))).toBe("UNKNOWN_OPTION");
  });

  it("rejects an unknown chunked-keys convention", () => {
    expect(codeOf(() => visibleKeys(mla, 8192, "x" as ChunkedKeysConvention))).toBe("UNKNOWN_OPTION");
  });

  it("rejects missing options", () => {
    expect(codeOf(() => kvBytesRead(mla, 8192, undefined as unknown as LayerCostOptions))).toBe("UNKNOWN_OPTION");
  });
});

describe("descriptor and hidden size checks", () => {
  const gqa = groupedQueryAttention({ numQueryHeads: 4, numKvHeads: 2, headDim: 8 });

  it("rejects a negative hidden size", () => {
    const error = catchAttentionError(() => layerDecodeCost(gqa, 10, -5, FP8));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("hiddenSize");
  });

  it("rejects a missing hidden size", () => {
    const error = catchAttentionError(() => projectionFlops(gqa, undefined as unknown as number));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("hidden_size");
  });

  it("rejects an upper-case descriptor kind", () => {
    const plain = { kind: "GQA", numQueryHeads: 4, numKvHeads: 2, headDim: 8 } as unknown as AttentionKind;
    const calls = [
      () => layerDecodeCost(plain, 10, 64, FP8),
      () => kvBytesRead(plain, 10, FP8),
      () => attentionFlops(plain, 10),
      () => projectionFlops(plain, 64),
      () => cacheElementsPerToken(plain),
      () => visibleKeys(plain, 10),
      () => linearStateBytes(plain),
    ];
    for (const call of calls) {
      const error = catchAttentionError(call);
      expect(error.code).toBe("INVALID_DESCRIPTOR");
      expect(error.field).toBe("kind");
      expect(error.message).toContain('"gqa"');
    }
  });

  it("rejects a plain descriptor with a missing field", () => {
    const plain = { kind: "mla", numQueryHeads: 8, kvLoraRank: 32, qkRopeHeadDim: 8, qkNopeHeadDim: 16, vHeadDim: 16 } as unknown as AttentionKind;
    const error = catchAttentionError(() => layerDecodeCost(plain, 10, 64, FP8));
    expect(error.code).toBe("INVALID_DESCRIPTOR");
    expect(error.field).toBe("qLoraRank");
  });

  it("accepts a valid plain descriptor", () => {
    const plain: AttentionKind = { kind: "gqa", numQueryHeads: 4, numKvHeads: 2, headDim: 8 };
    expect(layerDecodeCost(plain, 10, 64, FP8)).toEqual(layerDecodeCost(gqa, 10, 64, FP8));
  });

  it("rejects a non-boolean short-conv flag", () => {
    const error = catchAttentionError(() => kvBytesRead(kda, 10, { ...FP8, includeShortConvState: "yes" as unknown as boolean }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("includeShortConvState");
  });
});
