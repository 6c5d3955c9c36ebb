import { describe, expect, it } from "vitest";

import { isPrfaasError } from "./errors.js";
import type { PrefillCostModel } from "./prefill-profile.js";
import { presetSimulationConfig } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import type { WorkloadRequest } from "./request.js";
import { simulate } from "./simulator.js";
import type { SimulationConfig } from "./simulator-config.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);
const link = presetSimulationConfig(resolved, "prfaas").link;
const requests: WorkloadRequest[] = [
  { arrivalUs: 0, inputTokens: 30_000, outputTokens: 3 },
  { arrivalUs: 10, inputTokens: 500, outputTokens: 3 },
];

/** Returns the error that simulating with `overrides` throws, or fails the test. */
function rejection(overrides: Partial<SimulationConfig>): { code: string; field: string | undefined; message: string } {
  try {
    simulate(presetSimulationConfig(resolved, "prfaas", overrides), requests);
  } catch (error) {
    if (isPrfaasError(error)) return { code: error.code, field: error.field, message: error.message };
    throw error;
  }
  throw new Error("simulate returned instead of throwing");
}

describe("simulate option limits", () => {
  it.each([
    ["link.latencyMs", { link: { ...link, latencyMs: -5 } }],
    ["link.latencyMs", { link: { ...link, latencyMs: Number.NaN } }],
    ["link.latencyMs", { link: { ...link, latencyMs: Number.POSITIVE_INFINITY } }],
    ["timelineBucketSeconds", { timelineBucketSeconds: 1e-9 }],
    ["bandwidthProfile.periodS", { link: { ...link, bandwidthProfile: { kind: "fluctuating", periodS: 1e-9, sigma: 0.5 } } }],
    ["bandwidthProfile.sigma", { link: { ...link, bandwidthProfile: { kind: "fluctuating", periodS: 1, sigma: 3.5 } } }],
    ["bandwidthProfile.steps.atS", { link: { ...link, bandwidthProfile: { kind: "steps", steps: [{ atS: Number.NaN, factor: 0.5 }] } } }],
    ["controlLoop.periodMs", { controlLoop: { periodMs: 1e-9 } }],
    ["controlLoop.smoothing", { controlLoop: { smoothing: 2 } }],
    ["controlLoop.smoothing", { controlLoop: { smoothing: Number.NaN } }],
    ["controlLoop.lowUtilisation", { controlLoop: { lowUtilisation: 0.95, highUtilisation: 0.1 } }],
    ["controlLoop.thresholdStep", { controlLoop: { thresholdStep: 0.5 } }],
    ["controlLoop.thresholdRange", { controlLoop: { thresholdRange: 0.5 } }],
    ["controlLoop.queueMargin", { controlLoop: { queueMargin: -1 } }],
    ["placement", { placement: "bandwidth-scare" as never }],
    ["tpotDenominator", { tpotDenominator: "n - 1" as never }],
    ["link.layerwisePipelining", { link: { ...link, layerwisePipelining: "false" as never } }],
    ["bandwidthProfile.kind", { link: { ...link, bandwidthProfile: { kind: "steady" } as never } }],
    ["bandwidthProfile.steps", { link: { ...link, bandwidthProfile: { kind: "steps" } as never } }],
    ["bandwidthProfile.steps", { link: { ...link, bandwidthProfile: { kind: "steps", steps: [null] } as never } }],
    ["slo.ttftMs", { slo: { ttftMs: Number.NaN } }],
    ["slo.tpotMs", { slo: { tpotMs: -5 } }],
    ["slo.e2eMs", { slo: { e2eMs: 0 } }],
    ["progressEvery", { progressEvery: 0 }],
    ["progressEvery", { progressEvery: Number.NaN }],
  ] as [string, Partial<SimulationConfig>][])("rejects an invalid %s", (field, overrides) => {
    const error = rejection(overrides);

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe(field);
    expect(error.message).toMatch(new RegExp(`^Invalid ${field.replace(/\./g, "\\.")} .*: expected `));
  });

  it("rejects an unknown stateSnapshots", () => {
    const error = rejection({ cache: { stateSnapshots: "every block" as never } });

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("stateSnapshots");
    expect(error.message).toBe('Invalid cache stateSnapshots "every block": expected one of "request-end", "every-block", "ignore".');
  });

  it("rejects an unknown SLO field", () => {
    const error = rejection({ slo: { ttft: 2000 } as never });

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("slo.ttft");
    expect(error.message).toBe('Unknown slo field "ttft": expected ttftMs, tpotMs or e2eMs.');
  });

  it("leaves undefined SLO fields unset", () => {
    const result = simulate(presetSimulationConfig(resolved, "prfaas", { slo: { ttftMs: undefined } }), requests);

    expect(result.metrics.goodput).toBeNull();
  });

  it.each([
    ["prefillSeconds", "pdPrefill", -1],
    ["prefillSeconds", "prfaasPrefill", Number.NaN],
    ["kvBytes", "prfaasPrefill", Number.NaN],
    ["kvBytes", "pdPrefill", -5],
  ] as const)("rejects a cost model whose %s is invalid in %s", (lookup, field, value) => {
    const valid = field === "pdPrefill" ? resolved.pdPrefill : resolved.prfaasPrefill;
    const broken: PrefillCostModel = {
      stateBytes: valid.stateBytes,
      bytesPerToken: valid.bytesPerToken,
      prefillSeconds: (tokens) => (lookup === "prefillSeconds" ? value : valid.prefillSeconds(tokens)),
      kvBytes: (tokens) => (lookup === "kvBytes" ? value : valid.kvBytes(tokens)),
    };
    const error = rejection({ [field]: broken });

    expect(error.code).toBe("INVALID_PROFILE");
    expect(error.field).toBe(`${field}.${lookup}`);
    expect(error.message).toMatch(new RegExp(`^Invalid ${field}\\.${lookup}\\(\\d+\\) = ${String(value)}: expected a finite number of at least 0\\.`));
  });

  it("rejects a cost model with NaN bytesPerToken", () => {
    const error = rejection({ prfaasPrefill: { ...resolved.prfaasPrefill, bytesPerToken: Number.NaN } });

    expect(error.code).toBe("INVALID_PROFILE");
    expect(error.field).toBe("prfaasPrefill.bytesPerToken");
  });

  it("rejects a run past 2^53 µs", () => {
    // 3 output tokens at 10^300 s per decode step end far beyond the µs clock's exact range.
    const error = rejection({ decode: { bsMax: 1, stepTimeS: 1e300 } });

    expect(error.code).toBe("INVALID_OPTION");
    expect(error.field).toBe("decodeDone");
    expect(error.message).toMatch(/^Invalid configuration or workload: a decodeDone event falls at 3e\+306 µs, past the simulator's limit of 2\^53 µs/);
  });

  it("accepts the smallest valid settings", () => {
    const result = simulate(
      presetSimulationConfig(resolved, "prfaas", {
        timelineBucketSeconds: 1e-3,
        controlLoop: { periodMs: 1, smoothing: 1, lowUtilisation: 0, highUtilisation: 0, thresholdRange: 1, queueMargin: 0 },
        link: { ...link, latencyMs: 0, bandwidthProfile: { kind: "fluctuating", periodS: 0.001, sigma: 0.5 } },
      }),
      requests,
    );

    expect(result.metrics.finished).toBe(2);
  });
});
