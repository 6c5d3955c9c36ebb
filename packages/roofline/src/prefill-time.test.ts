import { groupedQueryAttention, linearAttention } from "@modelsys/attention";
import { getAccelerator, getModel, withPrice } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { fixedStateBytes, theoreticalKvBytes } from "./kv-bytes.js";
import type { PrefillModel } from "./prefill-inputs.js";
import { prefillEstimator, prefillTime } from "./prefill-time.js";

const h800 = getAccelerator("h800");
/** H800 dense BF16 peak and HBM bandwidth from the Step-3 report's Table 4. */
const H800_BF16_FLOPS = 9.89e14;
const H800_HBM_BYTES_PER_SECOND = 3.35e12;

/** Σ i for i = from … to. */
function arithmeticSum(from: number, to: number): number {
  return ((from + to) * (to - from + 1)) / 2;
}

describe("prefillTime of a GQA model", () => {
  // Qwen3-32B: 64 layers, h = 5120, 64 query heads and 8 KV heads of 128, dense FFN of 25600, FP8.
  const l = 8192;
  const time = prefillTime(getModel("qwen3-32b"), h800, { newTokens: l, gpus: 8 });
  const linearPerToken = 64 * 2 * (2 * 5120 * 64 * 128 + 2 * 5120 * 8 * 128);
  const ffnPerToken = 64 * 2 * 3 * 5120 * 25600;
  const attention = 64 * 4 * 64 * 128 * arithmeticSum(1, l);

  it("FLOPs by the spec formula", () => {
    expect(time.linearFlops).toBe(linearPerToken * l);
    expect(time.ffnFlops).toBe(ffnPerToken * l);
    expect(time.attentionFlops).toBe(attention);
    expect(time.flops).toBe(linearPerToken * l + ffnPerToken * l + attention);
  });

  it("bytes: FP8 weights and new KV", () => {
    expect(time.weightBytes).toBe(linearPerToken / 2 + 64 * 3 * 5120 * 25600);
    expect(time.kvBytesWritten).toBe(64 * 2 * 8 * 128 * l);
    expect(time.bytes).toBe(time.weightBytes + time.kvBytesWritten);
  });

  it("seconds, bound and USD on 8 × H800", () => {
    const compute = time.flops / (8 * H800_BF16_FLOPS * 0.6);
    const memory = time.bytes / (8 * H800_HBM_BYTES_PER_SECOND * 0.5);
    expect(time.computeSeconds).toBeCloseTo(compute, 15);
    expect(time.memorySeconds).toBeCloseTo(memory, 15);
    expect(time.seconds).toBe(time.computeSeconds);
    expect(time.bound).toBe("compute");
    // 2 USD per card-hour (Step-3 report) for 8 cards.
    expect(time.usd).toBeCloseTo((time.seconds * 8 * 2) / 3600, 15);
    expect(time.usdPerMillionTokens).toBeCloseTo((time.usd! / l) * 1e6, 12);
    expect(time).toMatchObject({ modelId: "qwen3-32b", acceleratorId: "h800", newTokens: l, cachedTokens: 0, gpus: 8, flopEfficiency: 0.6, hbmEfficiency: 0.5 });
  });
});

describe("prefillTime of an MLA model", () => {
  // DeepSeek-V3 after a cached prefix: per-token linear and FFN FLOPs are the decode totals of the
  // Step-3 report's worked example, and attention runs unabsorbed over 192-wide q·k and 128-wide v heads.
  const l = 4096;
  const c = 4096;
  const time = prefillTime(getModel("deepseek-v3"), h800, { newTokens: l, cachedTokens: c, gpus: 8 });
  // Each of the 61 layers up-projects the 512-wide latent of every cached token into 128 heads of
  // 128-wide k_nope and 128-wide v: 2 · 512 · 128 · 256 = 33,554,432 FLOPs per token and layer.
  const upProjection = 61 * 33_554_432 * c;

  it("FLOPs by the spec formula", () => {
    expect(time.linearFlops).toBe(22_826_844_160 * l + upProjection);
    expect(time.ffnFlops).toBe(48_356_130_816 * l);
    expect(time.attentionFlops).toBe(61 * 2 * 128 * (128 + 64 + 128) * (l * c + arithmeticSum(1, l)));
  });

  it("up-projects the cached latent KV", () => {
    expect(time.prefixUpProjectionFlops).toBe(upProjection);
    expect(upProjection).toBe(8_383_776_161_792);
    expect(time.flops).toBe(time.linearFlops + time.ffnFlops + time.attentionFlops);
  });

  it("no up-projection without a prefix", () => {
    const fresh = prefillTime(getModel("deepseek-v3"), h800, { newTokens: l, gpus: 8 });

    expect(fresh.prefixUpProjectionFlops).toBe(0);
    expect(fresh.linearFlops).toBe(22_826_844_160 * l);
  });

  it("Kimi K2 up-projects 64 heads", () => {
    // Kimi K2 keeps DeepSeek-V3's latent widths with 64 query heads: 2 · 512 · 64 · 256 per token and layer.
    const kimi = prefillTime(getModel("kimi-k2"), h800, { newTokens: 1024, cachedTokens: 30_000, gpus: 8 });

    expect(kimi.prefixUpProjectionFlops).toBe(61 * 2 * 512 * 64 * (128 + 128) * 30_000);
  });

  it("reads every expert once and writes the latent", () => {
    const projections = 22_826_844_160 / 2;
    const dense = 3 * 3 * 7168 * 18432;
    const moe = 58 * 3 * 7168 * (256 + 1) * 2048;
    expect(time.weightBytes).toBe(projections + dense + moe);
    expect(time.kvBytesWritten).toBe(61 * 576 * l);
  });
});

describe("prefillTime of hybrids", () => {
  it("Step-3.5-Flash caps SWA keys at 512", () => {
    // 12 full layers of 64 query heads and 33 sliding-window layers of 96, all with 8 KV heads of 128.
    const l = 1024;
    const time = prefillTime(getModel("step-3.5-flash"), h800, { newTokens: l, gpus: 8 });
    const full = 12 * 4 * 64 * 128 * arithmeticSum(1, l);
    const sliding = 33 * 4 * 96 * 128 * (arithmeticSum(1, 512) + (l - 512) * 512);

    expect(time.attentionFlops).toBe(full + sliding);
    expect(time.kvBytesWritten).toBe(12 * 2 * 8 * 128 * l + 33 * 2 * 8 * 128 * 512);
  });

  it("SWA layers write after a long prefix", () => {
    // After 8192 cached tokens the 33 SWA layers of Step-3.5-Flash already hold 512 tokens, and
    // each still writes the KV of all 256 new tokens over the oldest ones.
    const l = 256;
    const time = prefillTime(getModel("step-3.5-flash"), h800, { newTokens: l, cachedTokens: 8192, gpus: 8 });

    expect(time.kvBytesWritten).toBe(12 * 2 * 8 * 128 * l + 33 * 2 * 8 * 128 * l);
  });

  it("Llama 4 Maverick counts chunk-local keys", () => {
    // 36 chunked layers (chunks of 8192) and 12 full layers, all with 40 query heads of 128.
    // After 4096 cached tokens, 16384 new ones finish chunk 1 (positions 4097…8192), fill
    // chunk 2 (8193…16384) and start chunk 3 (16385…20480), seeing 4097…8192, 1…8192 and 1…4096 keys.
    const l = 16384;
    const c = 4096;
    const time = prefillTime(getModel("llama-4-maverick"), h800, { newTokens: l, cachedTokens: c, gpus: 8 });
    const chunkedKeys = arithmeticSum(4097, 8192) + arithmeticSum(1, 8192) + arithmeticSum(1, 4096);
    const chunked = 36 * 4 * 40 * 128 * chunkedKeys;
    const full = 12 * 4 * 40 * 128 * arithmeticSum(c + 1, c + l);

    expect(chunkedKeys).toBe(67_117_056);
    expect(time.attentionFlops).toBe(chunked + full);
  });

  it("Kimi Linear writes one KDA state", () => {
    // 20 KDA layers of 32 heads with FP32 128 × 128 states, 7 MLA layers of 32 heads without q_lora.
    const l = 2048;
    const c = 1000;
    const time = prefillTime(getModel("kimi-linear"), h800, { newTokens: l, cachedTokens: c, gpus: 1 });
    const kda = 20 * 10 * 32 * 128 * 128 * l;
    const mla = 7 * 2 * 32 * (128 + 64 + 128) * (l * c + arithmeticSum(1, l));

    expect(time.attentionFlops).toBe(kda + mla);
    // The MLA layers up-project the cached prefix, and the KDA layers carry it in their state.
    expect(time.prefixUpProjectionFlops).toBe(7 * 2 * 512 * 32 * (128 + 128) * c);
    expect(time.kvBytesWritten).toBe(7 * 576 * l + 20 * 32 * 128 * 128 * 4);
  });

  it("hand-built window and linear layer", () => {
    const window = groupedQueryAttention({ numQueryHeads: 4, numKvHeads: 2, headDim: 8, window: { kind: "sliding", sizeTokens: 4 } });
    const linear = linearAttention({ variant: "lightning", numHeads: 2, keyHeadDim: 8, valueHeadDim: 8 });
    const ffn = { kind: "dense", intermediateSize: 64 } as const;
    const model: PrefillModel = {
      id: "tiny-hybrid",
      hiddenSize: 32,
      weightElementType: "bf16",
      layers: [
        { attention: window, ffn, cacheElementType: "bf16" },
        { attention: linear, ffn, cacheElementType: "fp32" },
      ],
    };
    // Positions 3, 4 and 5 see min(i, 4) keys: 3 + 4 + 4 = 11.
    const time = prefillTime(model, h800, { newTokens: 3, cachedTokens: 2, gpus: 1 });

    expect(time.prefixUpProjectionFlops).toBe(0);
    expect(time.attentionFlops).toBe(4 * 4 * 8 * 11 + 10 * 2 * 8 * 8 * 3);
    expect(time.linearFlops).toBe(3 * 2 * (2 * 32 * 4 * 8 + 2 * 32 * 2 * 8) + 3 * 2 * 5 * 32 * 2 * 8);
    expect(time.ffnFlops).toBe(2 * 3 * 2 * 3 * 32 * 64);
    // The window layer writes all 3 new tokens, overwriting 1 of the 2 cached ones in its 4 slots.
    // The linear state is 2 × 8 × 8 FP32.
    expect(time.kvBytesWritten).toBe(3 * 2 * 2 * 8 * 2 + 2 * 8 * 8 * 4);
    expect(time.weightBytes).toBe(((2 * 32 * 4 * 8 + 2 * 32 * 2 * 8) + 5 * 32 * 2 * 8 + 2 * 3 * 32 * 64) * 2);
  });
});

describe("prefillTime pricing", () => {
  it("null USD without a price", () => {
    const time = prefillTime(getModel("qwen3-32b"), getAccelerator("h100"), { newTokens: 1024, gpus: 8 });

    expect(time.usd).toBeNull();
    expect(time.usdPerMillionTokens).toBeNull();
    expect(time.seconds).toBeGreaterThan(0);
  });

  it("USD from a supplied price", () => {
    const priced = withPrice(getAccelerator("h100"), 2.5);
    const time = prefillTime(getModel("qwen3-32b"), priced, { newTokens: 1024, gpus: 4 });

    expect(time.usd).toBeCloseTo((time.seconds * 4 * 2.5) / 3600, 15);
  });

  it("memory-bound at one token", () => {
    const time = prefillTime(getModel("deepseek-v3"), h800, { newTokens: 1, gpus: 8 });

    expect(time.bound).toBe("memory");
    expect(time.seconds).toBe(time.memorySeconds);
  });
});

describe("prefillEstimator", () => {
  it("matches prefillTime", () => {
    const options = { gpus: 8, hbmEfficiency: 0.7, kvElementType: "bf16" } as const;
    const estimator = prefillEstimator(getModel("llama-4-maverick"), h800, options);

    for (const [l, c] of [[1, 0], [8192, 0], [3000, 20_000]] as const) {
      expect(estimator.estimate(l, c)).toEqual(prefillTime(getModel("llama-4-maverick"), h800, { ...options, newTokens: l, cachedTokens: c }));
    }
  });

  it("KV bytes as theoreticalKvBytes", () => {
    const storage = { stateElementType: "bf16", includeShortConvState: true } as const;
    const estimator = prefillEstimator(getModel("kimi-linear"), h800, { gpus: 1, ...storage });

    expect(estimator.kvBytes(5000)).toBe(theoreticalKvBytes(getModel("kimi-linear"), 5000, storage));
    expect(estimator.stateBytes).toBe(fixedStateBytes(getModel("kimi-linear"), storage));
  });
});

describe("prefillTime matches the earlier prfaas estimate", () => {
  // Values that estimatePrefillSeconds of @modelsys/prfaas returned before the estimate moved to
  // this package (repository commit 4160c15), with prfaas's cacheElementType as kvElementType.
  // Llama 4 Maverick is left out: that estimate counted a chunked layer's keys like a sliding window's.
  // DeepSeek-V3 after a prefix differs by the up-projection of the cached latent KV, which that
  // estimate left out, so its case adds that term's compute time to the earlier value.
  const cases = [
    { model: "qwen3-32b", accelerator: "h800", newTokens: 8192, cachedTokens: 0, options: { gpus: 8 }, seconds: 0.12252490753035389 },
    {
      model: "deepseek-v3",
      accelerator: "h200",
      newTokens: 4096,
      cachedTokens: 4096,
      options: { gpus: 8, flopEfficiency: 0.5, hbmEfficiency: 0.7 },
      seconds: 0.1054935141633812,
    },
    { model: "step-3.5-flash", accelerator: "h800", newTokens: 16_384, cachedTokens: 512, options: { gpus: 8, kvElementType: "bf16" }, seconds: 0.08978948866329627 },
    {
      model: "kimi-linear",
      accelerator: "b200",
      newTokens: 1,
      cachedTokens: 0,
      options: { gpus: 1, stateElementType: "bf16", includeShortConvState: true },
      seconds: 0.012604705895064934,
    },
    {
      model: "minimax-m1",
      accelerator: "a800",
      newTokens: 65_536,
      cachedTokens: 0,
      options: { gpus: 16, flopEfficiency: 1, hbmEfficiency: 1 },
      seconds: 1.3564959885784615,
    },
  ] as const;

  for (const entry of cases) {
    it(`${entry.model} on ${entry.accelerator}`, () => {
      const accelerator = getAccelerator(entry.accelerator);
      const time = prefillTime(getModel(entry.model), accelerator, {
        ...entry.options,
        newTokens: entry.newTokens,
        cachedTokens: entry.cachedTokens,
      });
      if (time.prefixUpProjectionFlops === 0) {
        expect(time.seconds).toBe(entry.seconds);
        return;
      }
      const flopEfficiency = "flopEfficiency" in entry.options ? entry.options.flopEfficiency : 0.6;
      const upProjectionSeconds = time.prefixUpProjectionFlops / (entry.options.gpus * accelerator.peakFlopsPerSecond.bf16 * flopEfficiency);
      expect(time.bound).toBe("compute");
      expect(time.seconds).toBeCloseTo(entry.seconds + upProjectionSeconds, 14);
    });
  }
});
