import { describe, expect, it } from "vitest";

import { groupedQueryAttention, multiHeadLatentAttention, multiMatrixFactorizationAttention } from "./attention-kind.js";
import { attentionFlops, cacheElementsPerToken, kvBytesRead } from "./decode-cost.js";

// Mistakes that public KV-cache and FLOP calculators have shipped. Each test computes the wrong
// figure from the mistaken formula, checks that the library does not return it, and checks the
// right figure.

const S = 8192;
const FP8 = { cacheElementType: "fp8" } as const;

// Step-3: 61 layers, d_model 7168, MFA with 64 query heads and one 256-wide KV head.
const STEP3_LAYERS = 61;
const STEP3_HIDDEN = 7168;
const STEP3_QUERY_HEADS = 64;
const STEP3_KV_HEADS = 1;
const STEP3_HEAD_DIM = 256;
const step3 = multiMatrixFactorizationAttention({
  numQueryHeads: STEP3_QUERY_HEADS,
  headDim: STEP3_HEAD_DIM,
  queryRank: 2048,
});

// DeepSeek-V3: d_model 7168, 128 query heads, a 512-wide latent plus a 64-wide RoPE key.
const DEEPSEEK_HIDDEN = 7168;
const DEEPSEEK_QUERY_HEADS = 128;
const DEEPSEEK_KV_LORA = 512;
const deepseekV3 = multiHeadLatentAttention({
  numQueryHeads: DEEPSEEK_QUERY_HEADS,
  kvLoraRank: DEEPSEEK_KV_LORA,
  qkRopeHeadDim: 64,
  qkNopeHeadDim: 128,
  vHeadDim: 128,
  qLoraRank: 1536,
});

describe("calculator regressions", () => {
  it("head size is not d_model / heads", () => {
    // LMCache's KV-cache calculator derived the head size as hidden_size / num_attention_heads.
    const wrongHead = STEP3_HIDDEN / STEP3_QUERY_HEADS;
    const wrong = 2 * STEP3_KV_HEADS * wrongHead * 1 * STEP3_LAYERS;
    const actual = kvBytesRead(step3, 1, FP8) * STEP3_LAYERS;

    expect(wrongHead).toBe(112);
    expect(wrong).toBe(13_664);
    expect(actual).not.toBe(wrong);
    expect(actual).toBe(31_232);
  });

  it("MLA caches no separate K and V", () => {
    // LMCache's fix for DeepSeek-V3 sized MLA as 2·L·S·d_c·b, a K and a V of the latent width.
    const wrong = 2 * DEEPSEEK_KV_LORA;
    const actual = cacheElementsPerToken(deepseekV3);

    expect(wrong).toBe(1024);
    expect(actual).not.toBe(wrong);
    expect(actual).toBe(576);
  });

  it("decode KV load uses KV heads", () => {
    // The mistaken KV load multiplies by num_attention_heads in place of num_key_value_heads.
    const wrong = 2 * STEP3_QUERY_HEADS * STEP3_HEAD_DIM * 1 * S * STEP3_LAYERS;
    const actual = kvBytesRead(step3, S, FP8) * STEP3_LAYERS;

    expect(wrong).toBe(16_374_562_816);
    expect(actual).not.toBe(wrong);
    expect(actual).toBe(255_852_544);
    expect(wrong / actual).toBe(64);
  });

  it("MHA formula does not apply to MLA", () => {
    // The MHA formula 2·n_kv·d_h, with the 128 KV heads that DeepSeek-V3's config.json lists and
    // d_h = d_model / heads = 56, gives about 25 times the real cache.
    const wrong = 2 * DEEPSEEK_QUERY_HEADS * (DEEPSEEK_HIDDEN / DEEPSEEK_QUERY_HEADS);
    const actual = cacheElementsPerToken(deepseekV3);

    expect(wrong).toBe(14_336);
    expect(actual).not.toBe(wrong);
    expect(actual).toBe(576);
    expect(Math.round(wrong / actual)).toBe(25);
  });

  it("attention FLOPs are 4·S·n_q·d_h", () => {
    // The mistaken count is 2·B·S·H_Q·H_KV·D, which halves the FLOPs for a single KV head.
    const batch = 1;
    const wrong = 2 * batch * S * STEP3_QUERY_HEADS * STEP3_KV_HEADS * STEP3_HEAD_DIM * STEP3_LAYERS;
    const actual = attentionFlops(step3, S) * STEP3_LAYERS;

    expect(wrong).toBe(16_374_562_816);
    expect(actual).not.toBe(wrong);
    expect(actual).toBe(32_749_125_632);
  });

  it("KV heads are the attention groups", () => {
    // Step-3.5-Flash names its 8 KV heads num_attention_groups. Ignoring that field leaves the KV
    // head count at the 64 query heads of a full-attention layer.
    const wrongAttention = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 64, headDim: 128 });
    const full = groupedQueryAttention({ numQueryHeads: 64, numKvHeads: 8, headDim: 128, headwiseGate: true });
    const wrong = kvBytesRead(wrongAttention, S, FP8);
    const actual = kvBytesRead(full, S, FP8);

    expect(actual).not.toBe(wrong);
    expect(actual).toBe(2 * 8 * 128 * S);
    expect(wrong / actual).toBe(8);
  });
});
