import { describe, expect, it } from "vitest";

describe("@modelsys/roofline exports", () => {
  it("export list", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toMatchInlineSnapshot(`
      [
        "DEFAULT_PREFILL_FLOP_EFFICIENCY",
        "DEFAULT_PREFILL_HBM_EFFICIENCY",
        "RooflineError",
        "acceleratorTokenCost",
        "afdTokenCost",
        "ffnFlopsPerToken",
        "fixedStateBytes",
        "isRooflineError",
        "modelDecodeCost",
        "prefillEstimator",
        "prefillTime",
        "theoreticalKvBytes",
        "unitCosts",
      ]
    `);
  });
});
