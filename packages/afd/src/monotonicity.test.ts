// Directions the planning model must respect whatever the inputs: a faster card or network never
// lowers a layout's throughput, and a longer context never raises it. Each property compares two
// plans that differ in one input only.
import { getAccelerator, getModel } from "@modelsys/catalog";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { planColocatedBaseline, type ColocatedBaselineInput } from "./colocated-baseline.js";
import { DEFAULT_EFFICIENCY, type Efficiency } from "./efficiency.js";
import type { AfdPlanInput } from "./options.js";
import { planAfd, type AfdPlan } from "./plan.js";

const MODELS = ["step-3", "deepseek-v3", "qwen3-235b-a22b"] as const;

function planInput(id: string, context: number, efficiency: Efficiency): AfdPlanInput {
  return {
    model: getModel(id),
    attentionAccelerator: getAccelerator("h800"),
    ffnAccelerator: getAccelerator("h800"),
    tpotMs: 50,
    context,
    efficiency,
    maxAttentionInstances: 4,
    maxFfnInstances: 4,
  };
}

/** Tokens/s per GPU of every feasible layout, keyed by instance counts. */
function throughputByLayout(plans: readonly AfdPlan[]): Map<string, number> {
  return new Map(plans.map((plan) => [`${plan.attentionInstances}A${plan.ffnInstances}F`, plan.tokensPerSecondPerGpu]));
}

/** Checks that every layout feasible in `slower` is feasible in `faster`, at no lower throughput. */
function expectNoSlower(slower: readonly AfdPlan[], faster: readonly AfdPlan[]): void {
  const fasterByLayout = throughputByLayout(faster);
  for (const [layout, throughput] of throughputByLayout(slower)) {
    expect(fasterByLayout.get(layout), layout).toBeGreaterThanOrEqual(throughput * (1 - 1e-12));
  }
}

const fraction = fc.double({ min: 0.05, max: 1, noNaN: true });
const fractionKey = fc.constantFrom<keyof Efficiency>("flopEfficiency", "hbmEfficiency", "nicEfficiency");

describe("AFD plan direction (property)", () => {
  it("never slows a layout when a fraction of peak rises", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODELS), fractionKey, fraction, fraction, (id, key, first, second) => {
        const [low, high] = first <= second ? [first, second] : [second, first];
        const slower = planAfd(planInput(id, 4096, { ...DEFAULT_EFFICIENCY, [key]: low })).plans;
        const faster = planAfd(planInput(id, 4096, { ...DEFAULT_EFFICIENCY, [key]: high })).plans;

        expectNoSlower(slower, faster);
      }),
      { numRuns: 40 },
    );
  });

  it("never speeds a layout up at a longer context", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODELS), fc.integer({ min: 256, max: 65_536 }), fc.integer({ min: 256, max: 65_536 }), (id, first, second) => {
        const [short, long] = first <= second ? [first, second] : [second, first];
        const atShort = planAfd(planInput(id, short, DEFAULT_EFFICIENCY)).plans;
        const atLong = planAfd(planInput(id, long, DEFAULT_EFFICIENCY)).plans;

        expectNoSlower(atLong, atShort);
      }),
      { numRuns: 40 },
    );
  });
});

describe("co-located baseline direction (property)", () => {
  const baselineInput = (context: number, tpotMs: number, nicEfficiency: number): ColocatedBaselineInput => ({
    model: getModel("deepseek-v3"),
    accelerator: getAccelerator("h800"),
    tpotMs,
    context,
    efficiency: { nicEfficiency },
    referenceTokensPerSecondPerGpu: null,
  });

  it("keeps at least the batch with a faster NIC or a looser target", () => {
    fc.assert(
      fc.property(fraction, fraction, fc.double({ min: 20, max: 200, noNaN: true }), fc.double({ min: 20, max: 200, noNaN: true }), (nicA, nicB, tpotA, tpotB) => {
        const [nicLow, nicHigh] = nicA <= nicB ? [nicA, nicB] : [nicB, nicA];
        const [tpotLow, tpotHigh] = tpotA <= tpotB ? [tpotA, tpotB] : [tpotB, tpotA];
        const base = planColocatedBaseline(baselineInput(4096, tpotLow, nicLow)).batchPerGpu;

        expect(planColocatedBaseline(baselineInput(4096, tpotLow, nicHigh)).batchPerGpu).toBeGreaterThanOrEqual(base);
        expect(planColocatedBaseline(baselineInput(4096, tpotHigh, nicLow)).batchPerGpu).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 60 },
    );
  });

  it("never grows the batch at a longer context", () => {
    fc.assert(
      fc.property(fc.integer({ min: 256, max: 131_072 }), fc.integer({ min: 256, max: 131_072 }), (first, second) => {
        const [short, long] = first <= second ? [first, second] : [second, first];

        expect(planColocatedBaseline(baselineInput(long, 50, DEFAULT_EFFICIENCY.nicEfficiency)).batchPerGpu).toBeLessThanOrEqual(
          planColocatedBaseline(baselineInput(short, 50, DEFAULT_EFFICIENCY.nicEfficiency)).batchPerGpu,
        );
      }),
      { numRuns: 60 },
    );
  });
});
