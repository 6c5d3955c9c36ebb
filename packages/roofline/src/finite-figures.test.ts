import { getAccelerator, getModel } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { catchRooflineError } from "./roofline-error.test-helpers.js";
import { modelDecodeCost } from "./model-decode-cost.js";
import type { PrefillAccelerator } from "./prefill-inputs.js";
import { prefillTime } from "./prefill-time.js";
import type { PricedAccelerator } from "./priced-accelerator.js";
import { acceleratorTokenCost } from "./token-cost.js";
import { unitCosts } from "./unit-costs.js";

/** Returns a hand-built card with H800-like figures, of which each test puts one far out of scale. */
function card(fields: Partial<PrefillAccelerator & PricedAccelerator> = {}): PrefillAccelerator & PricedAccelerator {
  return { id: "odd-card", priceUsdPerHour: 2, peakFlopsPerSecond: { bf16: 9.89e14, fp8: 1.98e15 }, hbmBandwidthBytesPerSecond: 3.35e12, ...fields };
}

const model = getModel("qwen3-32b");

describe("prefillTime overflow", () => {
  it("huge BF16 peak names the peak", () => {
    const error = catchRooflineError(() =>
      prefillTime(model, card({ peakFlopsPerSecond: { bf16: 1e308, fp8: null } }), { newTokens: 4096, gpus: 8 }),
    );

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("accelerator.peakFlopsPerSecond.bf16");
    expect(error.message).toContain("computeSeconds is 0");
  });

  it("huge bandwidth names the bandwidth", () => {
    const error = catchRooflineError(() => prefillTime(model, card({ hbmBandwidthBytesPerSecond: 1e308 }), { newTokens: 4096, gpus: 8 }));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
    expect(error.message).toContain("memorySeconds is 0");
  });

  it("tiny bandwidth names the bandwidth", () => {
    const error = catchRooflineError(() => prefillTime(model, card({ hbmBandwidthBytesPerSecond: 1e-300 }), { newTokens: 10, gpus: 8 }));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
    expect(error.message).toContain("memorySeconds is Infinity");
  });

  it("tiny BF16 peak names the peak", () => {
    const error = catchRooflineError(() =>
      prefillTime(model, card({ peakFlopsPerSecond: { bf16: 1e-300, fp8: 1.98e15 } }), { newTokens: 8192, gpus: 8 }),
    );

    expect(error.field).toBe("accelerator.peakFlopsPerSecond.bf16");
    expect(error.message).toContain("computeSeconds is Infinity");
  });

  it("tiny efficiency names it too", () => {
    const error = catchRooflineError(() => prefillTime(model, card(), { newTokens: 8192, gpus: 8, flopEfficiency: Number.MIN_VALUE }));

    // The hand-built card's BF16 peak is in scale, so the error names the efficiency.
    expect(error.field).toBe("flopEfficiency");
    expect(error.message).toMatch(/^Invalid flopEfficiency 5e-324: /);
    expect(error.message).toContain("accelerator.peakFlopsPerSecond.bf16 = 989000000000000");
  });

  it("usd overflow names the bandwidth", () => {
    // At 1e-297 bytes/s the memory time is about 7.8e306 s, finite, and one prefill at 2 USD per
    // card-hour on 8 cards costs about 3.5e304 USD, but 1e6 / 10 times that per million tokens overflows.
    const error = catchRooflineError(() => prefillTime(model, card({ hbmBandwidthBytesPerSecond: 1e-297 }), { newTokens: 10, gpus: 8 }));

    expect(error.message).toContain("usdPerMillionTokens is Infinity");
    expect(error.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
    expect(error.message).toContain("accelerator.priceUsdPerHour = 2");
  });

  it("built-in card names the efficiency", () => {
    const error = catchRooflineError(() => prefillTime(model, getAccelerator("h800"), { newTokens: 8192, gpus: 8, hbmEfficiency: Number.MIN_VALUE }));

    expect(error.field).toBe("hbmEfficiency");
    expect(error.value).toBe(Number.MIN_VALUE);
  });

  it("huge price names the price", () => {
    const error = catchRooflineError(() => prefillTime(model, card({ priceUsdPerHour: 1e308 }), { newTokens: 1_000_000, gpus: 8 }));

    expect(error.field).toBe("accelerator.priceUsdPerHour");
    expect(error.message).toContain("usd is Infinity");
  });

  it("huge price per million tokens", () => {
    // One token takes the memory time of reading the weights, about 2.3 ms, so usd is about
    // 5e302 at 1e308 USD per card-hour while usd per million tokens overflows.
    const error = catchRooflineError(() => prefillTime(model, card({ priceUsdPerHour: 1e308 }), { newTokens: 1, gpus: 8 }));

    expect(error.field).toBe("accelerator.priceUsdPerHour");
    expect(error.message).toContain("usdPerMillionTokens is Infinity");
  });
});

describe("decode cost overflow", () => {
  const cost = modelDecodeCost(model, { contextTokens: 8192 });

  it("tiny bandwidth names the bandwidth", () => {
    const error = catchRooflineError(() => acceleratorTokenCost(cost, card({ priceUsdPerHour: null, hbmBandwidthBytesPerSecond: 1e-300 })));

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
    expect(error.message).toContain("attentionCardSecondsPerToken is Infinity");
    expect(error.message).toContain("accelerator.peakFlopsPerSecond.fp8 = 1980000000000000");
    expect(error.message).toContain("accelerator.hbmBandwidthBytesPerSecond = 1e-300");
  });

  it("huge price names the price", () => {
    // About 0.01 card-seconds per token at 1e11 bytes/s, so about 3e308 USD per million tokens, above the largest double.
    const error = catchRooflineError(() => acceleratorTokenCost(cost, card({ priceUsdPerHour: 1e308, hbmBandwidthBytesPerSecond: 1e11 })));

    expect(error.field).toBe("accelerator.priceUsdPerHour");
    expect(error.message).toContain("UsdPerMillionTokens is Infinity");
  });

  it("usd overflow names the bandwidth", () => {
    // About 3e297 card-seconds per token at 1e-298 bytes/s, finite, but about 2e303 USD per token at 2 USD per card-hour.
    const error = catchRooflineError(() => acceleratorTokenCost(cost, card({ hbmBandwidthBytesPerSecond: 1e-298 })));

    expect(error.message).toContain("UsdPerMillionTokens is Infinity");
    expect(error.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
  });

  it("unitCosts names the outlier", () => {
    const tinyBandwidth = catchRooflineError(() => unitCosts(card({ priceUsdPerHour: 1e5, hbmBandwidthBytesPerSecond: 1e-308 })));
    const hugePrice = catchRooflineError(() => unitCosts(card({ priceUsdPerHour: 1e308, hbmBandwidthBytesPerSecond: 1e-10 })));

    expect(tinyBandwidth.field).toBe("accelerator.hbmBandwidthBytesPerSecond");
    expect(tinyBandwidth.message).toContain("usdPerByte is Infinity");
    // 1e308 is 308 orders of magnitude from 1, and 1e-10 only 10.
    expect(hugePrice.field).toBe("accelerator.priceUsdPerHour");
    expect(hugePrice.message).toContain("usdPerByte is Infinity");
  });

  it("in-scale figures stay accepted", () => {
    const figures = acceleratorTokenCost(cost, card({ priceUsdPerHour: 1e6, hbmBandwidthBytesPerSecond: 1 }));

    expect(Number.isFinite(figures.colocatedUsdPerMillionTokens)).toBe(true);
    expect(Number.isFinite(figures.attentionCardSecondsPerToken)).toBe(true);
  });
});
