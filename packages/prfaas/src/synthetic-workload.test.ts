import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { logNormalDistribution } from "./length-distribution.js";
import { RandomStream } from "./random.js";
import type { WorkloadRequest } from "./request.js";
import { generateWorkload, sampleGamma } from "./synthetic-workload.js";
import { spreadTiedArrivals, spreadTiedArrivalsLazily } from "./tie-spreading.js";
import type { SyntheticWorkload } from "./workload-spec.js";

const caseStudyLengths = { mu: 9.9, sigma: 1, minTokens: 128, maxTokens: 131_072 };
const workload = (requests: number, arrivals: SyntheticWorkload["arrivals"]): SyntheticWorkload => ({
  inputLengths: caseStudyLengths,
  outputLengths: { kind: "constant", tokens: 1024 },
  arrivals,
  requests,
});

describe("RandomStream", () => {
  it("repeats for a seed and name", () => {
    const draw = (seed: number, name: string) => {
      const stream = new RandomStream(seed, name);
      return [stream.nextUint32(), stream.nextUint32(), stream.uniform()];
    };
    expect(draw(7, "arrivals")).toEqual(draw(7, "arrivals"));
    expect(draw(7, "arrivals")).not.toEqual(draw(7, "lengths"));
    expect(draw(7, "arrivals")).not.toEqual(draw(8, "arrivals"));
  });

  it("keeps seeds apart in their high bits", () => {
    const draws = (seed: number) => {
      const stream = new RandomStream(seed, "arrivals");
      return [stream.nextUint32(), stream.nextUint32(), stream.nextUint32()];
    };
    // Seeds that share their low 32 bits, or whose high bits equal another's low bits.
    const seeds = [0, 1, 2 ** 32, 2 ** 32 + 1, 2 ** 33, Number.MAX_SAFE_INTEGER, -1, -(2 ** 32), 2 ** 32 - 1];
    const streams = new Set(seeds.map((seed) => draws(seed).join(",")));
    expect(streams.size).toBe(seeds.length);
    expect(draws(2 ** 40 + 5)).toEqual(draws(2 ** 40 + 5));
  });

  it.each([
    [1, 2 ** 32 + 1],
    [0, 2 ** 32],
    [2 ** 32 - 1, -1],
    [5, 3 * 2 ** 32 + 5],
  ])("shares no first draw between seeds %s and %s", (seed, other) => {
    const first = (value: number) => new RandomStream(value, "link-noise 0");
    expect(first(seed).nextUint32()).not.toBe(first(other).nextUint32());
    // The fluctuating link profile takes one normal draw per period from such a stream.
    expect(Math.abs(first(seed).normal() - first(other).normal())).toBeGreaterThan(1e-3);
  });

  it("draws uniforms in [0, 1) with mean 1/2", () => {
    const stream = new RandomStream(3, "test");
    let sum = 0;
    let outside = 0;
    for (let index = 0; index < 50_000; index++) {
      const value = stream.uniform();
      if (value < 0 || value >= 1) outside++;
      sum += value;
    }
    expect(outside).toBe(0);
    expect(sum / 50_000).toBeCloseTo(0.5, 2);
  });
});

describe("generateWorkload", () => {
  it("truncates lengths by resampling to the closed-form mean", () => {
    const requests = [...generateWorkload(workload(40_000, { kind: "poisson", ratePerSecond: 2 }), 1)];
    const inputs = requests.map((request) => request.inputTokens);
    expect(Math.min(...inputs)).toBeGreaterThanOrEqual(128);
    expect(Math.max(...inputs)).toBeLessThanOrEqual(131_072);
    const mean = inputs.reduce((sum, tokens) => sum + tokens, 0) / inputs.length;
    const expected = logNormalDistribution(caseStudyLengths).meanTokens;
    expect(expected).toBeCloseTo(27_486, -1);
    expect(Math.abs(mean - expected) / expected).toBeLessThan(0.02);
  });

  it("draws Poisson gaps at the requested rate", () => {
    const requests = [...generateWorkload(workload(20_000, { kind: "poisson", ratePerSecond: 4 }), 2)];
    const last = requests[requests.length - 1]!.arrivalUs / 1e6;
    expect(19_999 / last).toBeCloseTo(4, 1);
  });

  it("makes gamma arrivals burstier than Poisson", () => {
    const cv = (arrivals: SyntheticWorkload["arrivals"]) => {
      const times = [...generateWorkload(workload(20_000, arrivals), 3)].map((request) => request.arrivalUs);
      const gaps = times.slice(1).map((time, index) => time - times[index]!);
      const mean = gaps.reduce((sum, gap) => sum + gap, 0) / gaps.length;
      const variance = gaps.reduce((sum, gap) => sum + (gap - mean) ** 2, 0) / gaps.length;
      return Math.sqrt(variance) / mean;
    };
    expect(cv({ kind: "poisson", ratePerSecond: 1 })).toBeCloseTo(1, 1);
    expect(cv({ kind: "gamma", ratePerSecond: 1, cv: 3 })).toBeGreaterThan(2.7);
  });

  it("gives identical requests for a seed", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const spec = workload(50, { kind: "gamma", ratePerSecond: 3, cv: 2 });
        expect([...generateWorkload(spec, seed)]).toEqual([...generateWorkload(spec, seed)]);
      }),
      { numRuns: 20 },
    );
  });

  it("rejects a non-positive rate", () => {
    expect(() => [...generateWorkload(workload(3, { kind: "poisson", ratePerSecond: 0 }), 1)]).toThrow(/arrivals.ratePerSecond/);
  });

  it("rejects invalid length laws up front", () => {
    const withInputs = (inputLengths: SyntheticWorkload["inputLengths"]): SyntheticWorkload => ({ ...workload(3, { kind: "poisson", ratePerSecond: 1 }), inputLengths });
    const cases: [SyntheticWorkload, string, unknown][] = [
      [withInputs({ ...caseStudyLengths, mu: Number.NaN }), "inputLengths.mu", Number.NaN],
      [withInputs({ ...caseStudyLengths, sigma: 0 }), "inputLengths.sigma", 0],
      [withInputs({ ...caseStudyLengths, minTokens: 0 }), "inputLengths.minTokens", 0],
      [withInputs({ ...caseStudyLengths, minTokens: 200, maxTokens: 100 }), "inputLengths.maxTokens", 100],
      [{ ...workload(3, { kind: "poisson", ratePerSecond: 1 }), outputLengths: { kind: "log-normal", mu: 5, sigma: 1, minTokens: -1, maxTokens: 10 } }, "outputLengths.minTokens", -1],
      [{ ...workload(3, { kind: "poisson", ratePerSecond: 1 }), outputLengths: { kind: "uniform" } as never }, "outputLengths.kind", "uniform"],
    ];
    for (const [spec, field, value] of cases) {
      expect(() => [...generateWorkload(spec, 1)]).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field, value }));
    }
  });

  it("accepts output laws that reach 0 tokens", () => {
    const spec: SyntheticWorkload = { ...workload(200, { kind: "poisson", ratePerSecond: 1 }), outputLengths: { kind: "log-normal", mu: -1, sigma: 1, minTokens: 0, maxTokens: 10 } };
    const outputs = [...generateWorkload(spec, 1)].map((request) => request.outputTokens);
    expect(outputs).toContain(0);
  });

  it("rejects gamma arrivals whose rate a run cannot keep", () => {
    const gamma = (cv: number) => () => [...generateWorkload(workload(3, { kind: "gamma", ratePerSecond: 1, cv }), 1)];
    // cv 1e200 gives a shape 1/cv² of 0 and NaN arrival times. cv 10,000 gives gaps that are all 0.
    for (const cv of [1e200, 10_000, 0, Number.NaN]) {
      expect(gamma(cv)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "arrivals.cv", value: cv }));
    }
    expect(gamma(1e-9)()).toHaveLength(3);
    expect(gamma(100)()).toHaveLength(3);
    expect(() => [...generateWorkload(workload(3, { kind: "bursty", ratePerSecond: 1 } as never), 1)]).toThrow(/^Invalid arrivals\.kind "bursty": expected "poisson" or "gamma"\.$/);
  });

  it("keeps the mean gamma gap at cv 10", () => {
    const times = [...generateWorkload(workload(200_000, { kind: "gamma", ratePerSecond: 1, cv: 10 }), 1)].map((request) => request.arrivalUs / 1e6);
    const meanGapSeconds = times[times.length - 1]! / (times.length - 1);
    // The standard error of the mean gap is cv / √n ≈ 0.022 s, so 0.1 s is over four of them.
    expect(Math.abs(meanGapSeconds - 1)).toBeLessThan(0.1);
  });

  it("rejects a workload of no requests", () => {
    const empty = () => [...generateWorkload(workload(0, { kind: "poisson", ratePerSecond: 1 }), 1)];
    expect(empty).toThrow(/^Invalid requests 0: expected a whole number of at least 1\.$/);
    expect(empty).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "requests", value: 0 }));
  });
});

describe("sampleGamma", () => {
  it("has mean equal to its shape", () => {
    for (const shape of [0.25, 1, 4]) {
      const stream = new RandomStream(5, `gamma-${shape}`);
      let sum = 0;
      for (let index = 0; index < 40_000; index++) sum += sampleGamma(shape, stream);
      expect(Math.abs(sum / 40_000 - shape) / shape).toBeLessThan(0.03);
    }
  });

  it("rejects shapes it cannot draw", () => {
    // A NaN or infinite shape made the acceptance test false for ever, so the draw hung.
    for (const shape of [Number.NaN, Number.POSITIVE_INFINITY, 0, -0.5]) {
      expect(() => sampleGamma(shape, new RandomStream(1, "gamma"))).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "shape", value: shape }));
    }
  });
});

describe("spreadTiedArrivals", () => {
  it("spreads ties within their gap and keeps the order of groups", () => {
    const base = [0, 0, 0, 3000, 3000, 6000].map((arrivalUs, index) => ({ arrivalUs, inputTokens: index + 1, outputTokens: 1 }));
    const spread = spreadTiedArrivals(base, 1);
    expect(spread.map((request) => request.arrivalUs)).toEqual([...spread.map((request) => request.arrivalUs)].sort((a, b) => a - b));
    expect(spread.filter((request) => request.arrivalUs < 3000).map((request) => request.inputTokens).sort()).toEqual([1, 2, 3]);
    expect(spread[5]!.arrivalUs).toBe(6000);
    expect(new Set(spread.slice(0, 3).map((request) => request.arrivalUs)).size).toBe(3);
  });

  it("moves a request alone at its timestamp", () => {
    // On a coarse grid a lone request also arrived somewhere in its interval; the last keeps its time.
    const base = [0, 10_000_000, 20_000_000].map((arrivalUs, index) => ({ arrivalUs, inputTokens: index + 1, outputTokens: 1 }));
    const spread = spreadTiedArrivals(base, 1);
    expect(spread[0]!.arrivalUs).toBeGreaterThan(0);
    expect(spread[0]!.arrivalUs).toBeLessThan(10_000_000);
    expect(spread[1]!.arrivalUs).toBeGreaterThanOrEqual(10_000_000);
    expect(spread[2]!.arrivalUs).toBe(20_000_000);
  });

  it("rejects a request out of order", () => {
    const base = [0, 5000, 3000].map((arrivalUs, index) => ({ arrivalUs, inputTokens: index + 1, outputTokens: 1 }));
    expect(() => spreadTiedArrivals(base, 1)).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "arrivalUs", value: 3000 }));
    expect(() => spreadTiedArrivals(base, 1)).toThrow("Request 2 arrives at 3000 µs, before request 1 at 5000 µs: sort requests by arrival time before spreading ties.");
  });

  it("lazy spread throws where it reads", () => {
    const base = [0, 5000, 3000, 8000].map((arrivalUs, index) => ({ arrivalUs, inputTokens: index + 1, outputTokens: 1 }));
    const spread = spreadTiedArrivalsLazily(base, 1);
    expect(spread.next().value).toMatchObject({ inputTokens: 1 });
    expect(() => spread.next()).toThrow(expect.objectContaining({ code: "INVALID_OPTION", value: 3000 }));
  });

  it("throws exactly for unsorted arrivals", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 12 }), (times) => {
        const requests = times.map((step, index) => ({ arrivalUs: step * 1000, inputTokens: index + 1, outputTokens: 1 }));
        const sorted = times.every((time, index) => index === 0 || time >= times[index - 1]!);
        if (sorted) expect(spreadTiedArrivals(requests, 1)).toHaveLength(times.length);
        else expect(() => spreadTiedArrivals(requests, 1)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
      }),
    );
  });

  it("gives the same output lazily as a whole-trace spread", () => {
    // Reference: spread every group over its gap, then sort the whole trace stably.
    const reference = (requests: WorkloadRequest[], seed: number) => {
      const random = new RandomStream(seed, "tie-spreading");
      const spread = requests.map((request, index) => {
        const next = requests.slice(index).find((later) => later.arrivalUs !== request.arrivalUs)?.arrivalUs;
        return { ...request, arrivalUs: request.arrivalUs + (next === undefined ? 0 : Math.floor(random.uniform() * (next - request.arrivalUs))) };
      });
      return spread.sort((a, b) => a.arrivalUs - b.arrivalUs);
    };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), fc.nat(1000), (steps, seed) => {
        let time = 0;
        const requests = steps.map((step, index) => ({ arrivalUs: (time += step * 1000), inputTokens: index + 1, outputTokens: 1 }));
        const lazily = [...spreadTiedArrivalsLazily(requests, seed)];
        expect(lazily).toEqual(reference(requests, seed));
        expect(spreadTiedArrivals(requests, seed)).toEqual(lazily);
      }),
    );
  });
});
