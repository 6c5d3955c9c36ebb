import { describe, expect, it } from "vitest";

import { createBandwidthProfile } from "./bandwidth-profile.js";
import { normalCdf } from "./normal.js";

describe("fluctuating bandwidth profile", () => {
  const spec = { kind: "fluctuating" as const, periodS: 0.001, sigma: 0.5 };

  it("looks up a distant period at once", () => {
    // Period 3 × 10^7 (about 8 hours at 1 ms). One stream for the whole run first drew and stored
    // every earlier period: 25 s and 3 × 10^7 stored numbers for this lookup on a two-core machine.
    const profile = createBandwidthProfile(spec, 7);
    const started = performance.now();
    const factor = profile.factorAt(3e7 * 1000);
    expect(performance.now() - started).toBeLessThan(200);
    expect(factor).toBeGreaterThan(0);
    expect(factor).toBeLessThanOrEqual(1);
    // Period 10^12, about 31 years at 1 ms.
    expect(profile.factorAt(1e12 * 1000)).toBeLessThanOrEqual(1);
  });

  it("repeats factors in any lookup order", () => {
    const periods = [5, 2, 900, 2, 5, 0];
    const forward = createBandwidthProfile(spec, 7);
    const backward = createBandwidthProfile(spec, 7);
    const first = periods.map((period) => forward.factorAt(period * 1000));
    const second = [...periods].reverse().map((period) => backward.factorAt(period * 1000)).reverse();
    expect(second).toEqual(first);
    expect(first[0]).toBe(first[4]);
    expect(createBandwidthProfile(spec, 8).factorAt(5000)).not.toBe(first[0]);
  });

  it("draws log-normal factors capped at 1", () => {
    // exp(σz − σ²/2) ≥ 1 exactly when z ≥ σ/2, so a share 1 − Φ(σ/2) of the periods runs at full rate.
    const profile = createBandwidthProfile(spec, 3);
    const periods = 40_000;
    let full = 0;
    let logSum = 0;
    for (let period = 0; period < periods; period++) {
      const factor = profile.factorAt(period * 1000);
      if (factor === 1) full++;
      else logSum += Math.log(factor);
    }
    const expectedFullShare = 1 - normalCdf(spec.sigma / 2);
    // The binomial standard error of the share is about 0.0025, so 0.01 is four of them.
    expect(Math.abs(full / periods - expectedFullShare)).toBeLessThan(0.01);
    // Below the cap ln(factor) is σz − σ²/2 with z < σ/2, a normal truncated above: E = −σ²/2 − σ·φ(σ/2)/Φ(σ/2).
    const density = Math.exp(-((spec.sigma / 2) ** 2) / 2) / Math.sqrt(2 * Math.PI);
    const expectedLogMean = -(spec.sigma ** 2) / 2 - (spec.sigma * density) / normalCdf(spec.sigma / 2);
    expect(logSum / (periods - full)).toBeCloseTo(expectedLogMean, 2);
  });
});
