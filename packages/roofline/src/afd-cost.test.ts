import { getAccelerator, getModel, withPrice } from "@modelsys/catalog";
import { describe, expect, it } from "vitest";

import { afdTokenCost } from "./afd-cost.js";
import { modelDecodeCost } from "./model-decode-cost.js";
import { acceleratorTokenCost, type AcceleratorTokenCost } from "./token-cost.js";

const REPORT_HARDWARE = ["h800", "h20", "a800", "ascend-910b"];

function costsOf(modelId: string, hardware: readonly string[], contextTokens = 8192): AcceleratorTokenCost[] {
  const cost = modelDecodeCost(getModel(modelId), { contextTokens });
  return hardware.map((id) => acceleratorTokenCost(cost, getAccelerator(id)));
}

describe("afdTokenCost", () => {
  it("Step-3 splits h20 attention and h800 FFN", () => {
    const costs = costsOf("step-3", REPORT_HARDWARE);
    const afd = afdTokenCost(costs)!;
    const h800 = costs.find((cost) => cost.acceleratorId === "h800")!;
    const h20 = costs.find((cost) => cost.acceleratorId === "h20")!;

    expect(afd.attentionAcceleratorId).toBe("h20");
    expect(afd.ffnAcceleratorId).toBe("h800");
    expect(afd.attentionUsdPerMillionTokens).toBe(h20.attentionUsdPerMillionTokens);
    expect(afd.ffnUsdPerMillionTokens).toBe(h800.ffnUsdPerMillionTokens);
    expect(afd.usdPerMillionTokens).toBe(h20.attentionUsdPerMillionTokens! + h800.ffnUsdPerMillionTokens!);
  });

  it("picks each side's minimum independently", () => {
    for (const modelId of ["step-3", "deepseek-v3", "qwen3-235b-a22b", "minimax-m1"]) {
      const costs = costsOf(modelId, REPORT_HARDWARE);
      const afd = afdTokenCost(costs)!;
      const cheapestAttention = Math.min(...costs.map((cost) => cost.attentionUsdPerMillionTokens!));
      const cheapestFfn = Math.min(...costs.map((cost) => cost.ffnUsdPerMillionTokens!));
      const cheapestColocated = Math.min(...costs.map((cost) => cost.colocatedUsdPerMillionTokens!));

      expect(afd.attentionUsdPerMillionTokens, modelId).toBe(cheapestAttention);
      expect(afd.ffnUsdPerMillionTokens, modelId).toBe(cheapestFfn);
      // Co-located costs are summed before scaling to 1M tokens, so allow one rounding step.
      expect(afd.usdPerMillionTokens, modelId).toBeLessThanOrEqual(cheapestColocated * (1 + 1e-12));
    }
  });

  it("skips unpriced accelerators", () => {
    const cost = modelDecodeCost(getModel("step-3"), { contextTokens: 8192 });
    const costs = [acceleratorTokenCost(cost, getAccelerator("h100")), acceleratorTokenCost(cost, getAccelerator("h20"))];
    const afd = afdTokenCost(costs)!;

    expect(afd.attentionAcceleratorId).toBe("h20");
    expect(afd.ffnAcceleratorId).toBe("h20");
  });

  it("returns null when nothing is priced", () => {
    expect(afdTokenCost(costsOf("step-3", ["h100", "h200", "b200", "l20"]))).toBeNull();
    expect(afdTokenCost([])).toBeNull();
  });

  it("supplied price makes card eligible", () => {
    const cost = modelDecodeCost(getModel("step-3"), { contextTokens: 8192 });
    // At 0.1 USD per hour an H100 undercuts every priced card on both sides.
    const cheapH100 = acceleratorTokenCost(cost, withPrice(getAccelerator("h100"), 0.1));
    const afd = afdTokenCost([...costsOf("step-3", REPORT_HARDWARE), cheapH100])!;

    expect(afd.attentionAcceleratorId).toBe("h100");
    expect(afd.ffnAcceleratorId).toBe("h100");
  });
});
