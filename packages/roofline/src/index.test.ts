import { describe, expect, it } from "vitest";

describe("@modelsys/roofline exports", () => {
  it("export list", async () => {
    expect(Object.keys(await import("./index.js")).sort()).toMatchInlineSnapshot(`
      [
        "RooflineError",
        "acceleratorTokenCost",
        "afdTokenCost",
        "ffnFlopsPerToken",
        "isRooflineError",
        "modelDecodeCost",
        "unitCosts",
      ]
    `);
  });
});
