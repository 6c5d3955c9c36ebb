import { describe, expect, it } from "vitest";

import { bandwidthAwareLoop } from "./control-loop.js";
import type { MetricsWindow } from "./routing-policy.js";

/** Returns a window in which PD-P has `pd` more waiting requests per instance than PrfaaS, on an idle link. */
function pdBacklog(pd: number): MetricsWindow {
  return { nowUs: 0, egressUtilisation: 0, waitingPerInstance: { prfaas: 0, pd } };
}

/** Returns a window in which PrfaaS has `prfaas` more waiting requests per instance than PD-P, on an idle link. */
function prfaasBacklog(prfaas: number): MetricsWindow {
  return { nowUs: 0, egressUtilisation: 0, waitingPerInstance: { prfaas, pd: 0 } };
}

describe("bandwidthAwareLoop steps", () => {
  it("lowering never raises t", () => {
    // The grid has no step below 100 tokens, so for t₀ under 75 the range is 100–100 tokens.
    for (const base of [1, 50, 74]) {
      const loop = bandwidthAwareLoop({ baseThresholdTokens: base });
      const action = loop.update(pdBacklog(100));

      expect(loop.thresholdBounds).toEqual({ minTokens: 100, maxTokens: 100 });
      expect(action.thresholdTokens).toBe(base);
    }
  });

  it("raising never lowers t", () => {
    // At t₀ = 149 and a range of 1 the grid sets both ends to 100, below t₀.
    const loop = bandwidthAwareLoop({ baseThresholdTokens: 149, thresholdRange: 1 });
    const action = loop.update(prfaasBacklog(100));

    expect(loop.thresholdBounds).toEqual({ minTokens: 100, maxTokens: 100 });
    expect(action.thresholdTokens).toBe(149);
  });

  it("steps stay within the range", () => {
    const loop = bandwidthAwareLoop({ baseThresholdTokens: 1000 });
    const lowered = Array.from({ length: 20 }, () => loop.update(pdBacklog(100)).thresholdTokens);
    const raised = Array.from({ length: 40 }, () => loop.update(prfaasBacklog(100)).thresholdTokens);

    expect(lowered.at(-1)).toBe(500);
    expect(Math.min(...(lowered as number[]))).toBe(500);
    expect(raised.at(-1)).toBe(2000);
    expect(Math.max(...(raised as number[]))).toBe(2000);
  });
});
