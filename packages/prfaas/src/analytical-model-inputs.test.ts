import { describe, expect, it } from "vitest";

import { evaluateThroughput, type ThroughputInput } from "./analytical-model.js";
import { isPrfaasError } from "./errors.js";
import { empiricalDistribution } from "./length-distribution.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);
const base: ThroughputInput = {
  lengths: empiricalDistribution([1000, 30_000]),
  outputTokens: 1024,
  thresholdTokens: 19_400,
  prfaasInstances: 4,
  pdPrefillInstances: 3,
  pdDecodeInstances: 5,
  prfaasPrefill: resolved.prfaasPrefill,
  pdPrefill: resolved.pdPrefill,
  decode: resolved.decode,
  egressBitsPerSecond: 100e9,
  serviceTime: "at-mean-length",
};

/** Returns the field of the `INVALID_OPTION` error that `run` throws, or fails the test. */
function rejectedField(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isPrfaasError(error) && error.code === "INVALID_OPTION") return error.field;
    throw error;
  }
  throw new Error("returned instead of throwing");
}

describe("analytical model inputs", () => {
  it.each([
    ["outputTokens", { outputTokens: Number.NaN }],
    ["outputTokens", { outputTokens: -1 }],
    ["outputTokens", { outputTokens: Number.POSITIVE_INFINITY }],
    ["thresholdTokens", { thresholdTokens: Number.NaN }],
    ["thresholdTokens", { thresholdTokens: -1 }],
    ["egressBitsPerSecond", { egressBitsPerSecond: Number.NaN }],
    ["egressBitsPerSecond", { egressBitsPerSecond: -1 }],
    ["serviceTime", { serviceTime: "bogus" }],
  ] as [string, Partial<ThroughputInput>][])("rejects an invalid %s", (field, overrides) => {
    expect(rejectedField(() => evaluateThroughput({ ...base, ...overrides }))).toBe(field);
  });

  it("accepts an infinite threshold and egress", () => {
    const result = evaluateThroughput({ ...base, thresholdTokens: Number.POSITIVE_INFINITY, egressBitsPerSecond: Number.POSITIVE_INFINITY });

    expect(result.maxRequestsPerSecond).toBeGreaterThan(0);
  });

  it.each([[[Number.NaN, 5]], [[-5, 5]], [[0]], [[Number.POSITIVE_INFINITY]]])("rejects empirical lengths %j", (lengths) => {
    expect(rejectedField(() => empiricalDistribution(lengths))).toBe("lengths");
  });
});
