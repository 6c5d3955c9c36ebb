import { getAccelerator, getModel, listAcceleratorIds, listModelIds, withPrice } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { modelDecodeCost } from "./model-decode-cost.js";
import { acceleratorTokenCost } from "./token-cost.js";

/** H800 FP8 peak and HBM bandwidth from the Step-3 report's Table 4. */
const H800_FP8_FLOPS = 1.98e15;
const H800_HBM_BYTES_PER_SECOND = 3.35e12;

describe("acceleratorTokenCost card-seconds", () => {
  it("Step-3 at 8K on H800 by hand", () => {
    // Memory-bound attention: 255,852,544 KV bytes over 3.35 TB/s, plus projection and FFN FLOPs at the FP8 peak.
    const cost = acceleratorTokenCost(modelDecodeCost(getModel("step-3"), { contextTokens: 8192 }), getAccelerator("h800"));

    expect(cost.attentionCardSecondsPerToken).toBeCloseTo(255_852_544 / H800_HBM_BYTES_PER_SECOND + 20_660_092_928 / H800_FP8_FLOPS, 18);
    expect(cost.ffnCardSecondsPerToken).toBeCloseTo(53_288_632_320 / H800_FP8_FLOPS, 18);
    expect(cost.colocatedCardSecondsPerToken).toBe(cost.attentionCardSecondsPerToken + cost.ffnCardSecondsPerToken);
  });

  it("present without a price", () => {
    const decode = modelDecodeCost(getModel("deepseek-v3"), { contextTokens: 8192 });
    const h100 = acceleratorTokenCost(decode, getAccelerator("h100"));
    const pricedH100 = acceleratorTokenCost(decode, withPrice(getAccelerator("h100"), 2.5));

    expect(h100.colocatedUsdPerMillionTokens).toBeNull();
    expect(h100.attentionCardSecondsPerToken).toBeGreaterThan(0);
    expect(h100.attentionCardSecondsPerToken).toBe(pricedH100.attentionCardSecondsPerToken);
    expect(h100.ffnCardSecondsPerToken).toBe(pricedH100.ffnCardSecondsPerToken);
    expect(h100.colocatedCardSecondsPerToken).toBe(pricedH100.colocatedCardSecondsPerToken);
  });

  it("times price per second give the USD figures", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...listModelIds()),
        fc.constantFrom(...listAcceleratorIds().filter((id) => getAccelerator(id).priceUsdPerHour !== null)),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom("perKind", "modelTotal" as const),
        (modelId, acceleratorId, contextTokens, roofline) => {
          const accelerator = getAccelerator(acceleratorId);
          const cost = acceleratorTokenCost(modelDecodeCost(getModel(modelId), { contextTokens }), accelerator, roofline);
          const usdPerMillionPerSecond = (accelerator.priceUsdPerHour! / 3600) * 1e6;
          for (const [seconds, usd] of [
            [cost.attentionCardSecondsPerToken, cost.attentionUsdPerMillionTokens!],
            [cost.ffnCardSecondsPerToken, cost.ffnUsdPerMillionTokens!],
            [cost.colocatedCardSecondsPerToken, cost.colocatedUsdPerMillionTokens!],
          ] as const) {
            expect(Math.abs(seconds * usdPerMillionPerSecond - usd)).toBeLessThanOrEqual(usd * 1e-12);
          }
        },
      ),
    );
  });
});
