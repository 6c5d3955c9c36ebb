import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

import { parseMooncakeTrace } from "./mooncake-trace.js";
import type { PrefillCostModel } from "./prefill-profile.js";
import { presetSimulationConfig, presetWorkload } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import { POLICY_IDS } from "./policy-id.js";
import type { WorkloadRequest } from "./request.js";
import { PATH_OFFLOADED } from "./request-log.js";
import { isStable } from "./saturation.js";
import { simulate } from "./simulator.js";
import type { SimulationConfig } from "./simulator-config.js";
import { generateWorkload } from "./synthetic-workload.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);

function smallWorkload(requests: number, ratePerSecond: number, seed: number): WorkloadRequest[] {
  return [
    ...generateWorkload(
      {
        inputLengths: CASE_STUDY_PRESET.workload.inputLengths,
        outputLengths: { kind: "log-normal", mu: 5, sigma: 1, minTokens: 1, maxTokens: 2048 },
        arrivals: { kind: "gamma", ratePerSecond, cv: 2 },
        requests,
      },
      seed,
    ),
  ];
}

describe("simulate properties", () => {
  it("arrives and finishes every request once under every policy", () => {
    fc.assert(
      fc.property(fc.constantFrom(...POLICY_IDS), fc.integer({ min: 1, max: 300 }), fc.double({ min: 0.5, max: 6, noNaN: true }), fc.nat(1000), (policy, count, rate, seed) => {
        const result = simulate(
          presetSimulationConfig(resolved, policy, { link: { gbps: 20, bandwidthProfile: { kind: "fluctuating", periodS: 2, sigma: 0.6 } } }),
          smallWorkload(count, rate, seed),
          { recordTransfers: true },
        );
        expect(result.metrics.arrived).toBe(count);
        expect(result.metrics.finished).toBe(count);
        expect([...result.log.ids.slice(0, count)].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, index) => index));
        // 20 Gbps is 2.5 × 10^9 bytes/s: no transfer's rate and no sum of rates exceeds it.
        expect(result.metrics.link.maxUtilisation).toBeLessThanOrEqual(1 + 1e-9);
        for (const transfer of result.transfers!) expect(transfer.peakRateBytesPerSecond).toBeLessThanOrEqual(2.5e9 * (1 + 1e-9));
        // Nor does the link carry more in any second than the fluctuating bandwidth allowed.
        for (const utilisation of result.metrics.link.utilisation) expect(utilisation).toBeLessThanOrEqual(1 + 1e-6);
        for (let index = 0; index < count; index++) {
          expect(result.log.times.firstTokenUs[index]!).toBeGreaterThan(result.log.times.prefillDoneUs[index]!);
          expect(result.log.times.prefillStartUs[index]!).toBeGreaterThanOrEqual(result.log.times.arrivalUs[index]!);
        }
      }),
      { numRuns: 25 },
    );
  });

  it("conserves requests and orders each request's times with prefix hits", () => {
    // Conversations of prefix-chained 512-token blocks, so hits, copies across the link and
    // evictions all occur, under every policy, placement, snapshot rule and log mode.
    const row = fc.record({
      gapUs: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000_000 })),
      conversation: fc.integer({ min: 0, max: 5 }),
      blocks: fc.integer({ min: 1, max: 80 }),
      lastBlockTokens: fc.integer({ min: 1, max: 512 }),
      outputTokens: fc.integer({ min: 0, max: 300 }),
    });
    const settings = fc.record({
      policy: fc.constantFrom(...POLICY_IDS),
      placement: fc.constantFrom("bandwidth-scarce" as const, "bandwidth-plentiful" as const),
      stateSnapshots: fc.constantFrom("request-end" as const, "every-block" as const, "ignore" as const),
      capacityBytes: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 5e9 })),
      requestLog: fc.constantFrom("full" as const, "summary" as const),
    });
    fc.assert(
      fc.property(settings, fc.array(row, { minLength: 1, maxLength: 120 }), (setting, rows) => {
        let arrivalUs = 0;
        const requests: WorkloadRequest[] = rows.map((request) => {
          arrivalUs += request.gapUs;
          const inputTokens = (request.blocks - 1) * 512 + request.lastBlockTokens;
          const hashIds = Array.from({ length: request.blocks }, (_, block) => request.conversation * 1000 + block);
          return { arrivalUs, inputTokens, outputTokens: request.outputTokens, hashIds };
        });
        const config = presetSimulationConfig(resolved, setting.policy, {
          placement: setting.placement,
          thresholdTokens: 8000,
          cache: { capacityBytes: setting.capacityBytes, stateSnapshots: setting.stateSnapshots },
          link: { gbps: 5, latencyMs: 3 },
        });
        const { metrics, log } = simulate(config, requests, { requestLog: setting.requestLog });

        expect(metrics.arrived).toBe(requests.length);
        expect(metrics.finished).toBe(requests.length);
        expect(metrics.prefixCacheHitRate).toBeGreaterThanOrEqual(0);
        expect(metrics.prefixCacheHitRate).toBeLessThan(1);
        for (const wait of [metrics.queueing.prefillWaitMs!, metrics.queueing.transferMs!, metrics.queueing.decodeWaitMs!]) {
          expect(wait.p50).toBeGreaterThanOrEqual(0);
          expect(wait.mean).toBeGreaterThanOrEqual(0);
        }
        for (const depth of Object.values(metrics.meanQueueDepth)) expect(depth).toBeGreaterThanOrEqual(0);
        if (log === null) return;
        const times = log.times;
        for (let index = 0; index < log.length; index++) {
          expect(times.prefillStartUs[index]!).toBeGreaterThanOrEqual(times.arrivalUs[index]!);
          expect(times.prefillDoneUs[index]!).toBeGreaterThan(times.prefillStartUs[index]!);
          expect(times.kvArrivalUs[index]!).toBeGreaterThanOrEqual(times.prefillDoneUs[index]!);
          expect(times.decodeStartUs[index]!).toBeGreaterThanOrEqual(times.kvArrivalUs[index]!);
          expect(times.firstTokenUs[index]!).toBeGreaterThan(times.decodeStartUs[index]!);
          expect(times.finishUs[index]!).toBeGreaterThanOrEqual(times.firstTokenUs[index]!);
          expect(log.computeTokens[index]!).toBeGreaterThanOrEqual(1);
          expect(log.computeTokens[index]!).toBeLessThanOrEqual(log.inputTokens[index]!);
        }
        // The hit rate counts every reused token, copied prefixes too: exactly what was not computed.
        let promptTokens = 0;
        let reusedTokens = 0;
        for (let index = 0; index < log.length; index++) {
          promptTokens += log.inputTokens[index]!;
          reusedTokens += log.inputTokens[index]! - log.computeTokens[index]!;
        }
        expect(metrics.prefixCacheHitRate).toBeCloseTo(reusedTokens / promptTokens, 12);
      }),
      { numRuns: 150 },
    );
  });

  it("gives identical output for a seed", () => {
    const run = () =>
      simulate(
        presetSimulationConfig(resolved, "prfaas", { seed: 9, link: { gbps: 30, bandwidthProfile: { kind: "fluctuating", periodS: 1, sigma: 0.5 } } }),
        smallWorkload(400, 3, 4),
      );
    const first = run();
    const second = run();
    expect(second.metrics).toEqual(first.metrics);
    expect(second.log.times.finishUs).toEqual(first.log.times.finishUs);
  });

  it("writes its resolved configuration", () => {
    const result = simulate(presetSimulationConfig(resolved, "prfaas"), smallWorkload(5, 1, 1));
    expect(result.config).toMatchObject({ policy: "prfaas", seed: 1, thresholdTokens: 19_400, link: { layerwisePipelining: true, intraClusterGbps: 400 } });
    expect(JSON.parse(JSON.stringify(result.config)).cache.stateSnapshots).toBe("request-end");
  });

  it("leaves out the threshold of policies without one", () => {
    // The preset sets t = 19,400, which homogeneous-pd never offloads at and naive-heterogeneous ignores.
    for (const policy of ["homogeneous-pd", "naive-heterogeneous", "mooncake-ttft"] as const) {
      const result = simulate(presetSimulationConfig(resolved, policy), smallWorkload(5, 1, 1));
      expect(result.config).not.toHaveProperty("thresholdTokens");
      expect(result.config.policy).toBe(policy);
    }
  });
});

describe("simulate run window and reports", () => {
  const twoRequests: WorkloadRequest[] = [
    { arrivalUs: 0, inputTokens: 4000, outputTokens: 8 },
    { arrivalUs: 1000, inputTokens: 30_000, outputTokens: 8 },
  ];

  it.each(POLICY_IDS)("ends the run at the last completion under %s", (policy) => {
    // The prfaas control loop ticks every second; the run must not extend to its next tick.
    const { metrics, log } = simulate(presetSimulationConfig(resolved, policy), twoRequests);
    const lastFinishUs = Math.max(...log.times.finishUs.slice(0, log.length));
    expect(metrics.durationSeconds).toBeCloseTo(lastFinishUs / 1e6, 9);
    expect(metrics.throughputRequestsPerSecond).toBeCloseTo(2 / metrics.durationSeconds, 9);
  });

  it("bounds the timelines of a run with a distant arrival", () => {
    // 2·10^8 s between two arrivals would need one bucket per second without the bound.
    const distant: WorkloadRequest[] = [twoRequests[0]!, { ...twoRequests[1]!, arrivalUs: 2e14 }];
    const { metrics, log } = simulate(presetSimulationConfig(resolved, "homogeneous-pd"), distant);
    expect(log.length).toBe(2);
    expect(metrics.durationSeconds).toBeGreaterThan(2e8);
  });

  it("undefined cache and link fields keep their defaults", () => {
    const base = presetSimulationConfig(resolved, "prfaas");
    const expected = simulate(base, twoRequests).metrics;
    const withUndefined: SimulationConfig = {
      ...base,
      cache: { blockTokens: undefined, capacityBytes: undefined, stateSnapshots: undefined },
      link: { ...base.link, efficiency: undefined, latencyMs: undefined, intraClusterGbps: undefined, layerwisePipelining: undefined, bandwidthProfile: undefined },
    };

    expect(simulate(withUndefined, twoRequests).metrics).toEqual(expected);
  });

  it("reports goodput only with an SLO", () => {
    expect(simulate(presetSimulationConfig(resolved, "prfaas"), twoRequests).metrics.goodput).toBeNull();
    const withSlo = simulate(presetSimulationConfig(resolved, "prfaas", { slo: { ttftMs: 1e9 } }), twoRequests).metrics;
    expect(withSlo.goodput).toEqual({ requestsPerSecond: withSlo.throughputRequestsPerSecond, attainment: 1 });
  });

  it("names a negative or inexact first arrival without a previous request", () => {
    for (const arrivalUs of [-5, 1e303, 0.5]) {
      expect(() => simulate(presetSimulationConfig(resolved, "prfaas"), [{ arrivalUs, inputTokens: 10, outputTokens: 1 }])).toThrow(
        new RegExp(`^Request 0 has arrival time ${String(arrivalUs).replace("+", "\\+")} µs: expected a whole number of microseconds from 0 to`),
      );
    }
    expect(() => simulate(presetSimulationConfig(resolved, "prfaas"), [twoRequests[1]!, twoRequests[0]!])).toThrow(
      /^Request 1 arrives at 0 µs, before request 0 at 1000 µs: sort requests by arrival time\.$/,
    );
  });

  it("holds the threshold fixed without the control loop", () => {
    const requests = smallWorkload(2000, 4, 3);
    const fixed = simulate(presetSimulationConfig(resolved, "prfaas", { thresholdTokens: 40_000, controlLoop: false }), requests).metrics;
    expect(fixed.threshold).toEqual({ initialTokens: 40_000, finalTokens: 40_000, meanTokens: 40_000, minTokens: 40_000, maxTokens: 40_000, changes: 0 });
    const looped = simulate(presetSimulationConfig(resolved, "prfaas", { thresholdTokens: 40_000 }), requests).metrics;
    const threshold = looped.threshold!;
    expect(threshold.initialTokens).toBe(40_000);
    expect(threshold.changes).toBeGreaterThan(0);
    expect(threshold.minTokens).toBeLessThan(40_000);
    expect(threshold.meanTokens).toBeGreaterThanOrEqual(threshold.minTokens);
    expect(threshold.meanTokens).toBeLessThanOrEqual(threshold.maxTokens);
    expect(simulate(presetSimulationConfig(resolved, "mooncake-ttft"), requests.slice(0, 10)).metrics.threshold).toBeNull();
  });

  it("reports the control loop's threshold range", () => {
    const requests = smallWorkload(2000, 4, 3);

    const looped = simulate(presetSimulationConfig(resolved, "prfaas", { thresholdTokens: 40_000 }), requests).metrics;
    const narrow = simulate(presetSimulationConfig(resolved, "prfaas", { thresholdTokens: 40_000, controlLoop: { thresholdRange: 1.25 } }), requests).metrics;
    const fixed = simulate(presetSimulationConfig(resolved, "prfaas", { thresholdTokens: 40_000, controlLoop: false }), requests).metrics;

    expect(looped.controlLoopBounds).toEqual({ minTokens: 20_000, maxTokens: 80_000 });
    expect(looped.threshold!.minTokens).toBe(20_000);
    expect(narrow.controlLoopBounds).toEqual({ minTokens: 32_000, maxTokens: 50_000 });
    expect(narrow.threshold!.minTokens).toBe(32_000);
    expect(fixed.controlLoopBounds).toBeNull();
    expect(simulate(presetSimulationConfig(resolved, "homogeneous-pd"), requests.slice(0, 10)).metrics.controlLoopBounds).toBeNull();
  });

  it("flags overload within one bucket", () => {
    // 2000 requests at 5000 req/s arrive within about 0.4 s; capacity is about 3 req/s.
    const burst = presetWorkload(resolved, 5000, 2000);
    const { waiting } = simulate(presetSimulationConfig(resolved, "prfaas"), generateWorkload(burst, 1)).metrics;
    expect(waiting.secondHalf).toBeGreaterThan(2 * waiting.firstHalf);
    expect(isStable(waiting.firstHalf, waiting.secondHalf)).toBe(false);
  });

  it("marks a burst in one microsecond unstable and a single request stable", () => {
    const burst: WorkloadRequest[] = Array.from({ length: 200 }, () => ({ arrivalUs: 0, inputTokens: 8000, outputTokens: 8 }));
    const { waiting } = simulate(presetSimulationConfig(resolved, "homogeneous-pd"), burst).metrics;
    // 9 PD-P instances start one request each; the other 191 wait.
    expect(waiting).toEqual({ firstHalf: 191 / 4, secondHalf: (3 * 191) / 4 });
    expect(isStable(waiting.firstHalf, waiting.secondHalf)).toBe(false);
    const single = simulate(presetSimulationConfig(resolved, "homogeneous-pd"), burst.slice(0, 1)).metrics.waiting;
    expect(isStable(single.firstHalf, single.secondHalf)).toBe(true);
  });

  it("counts a link backlog as waiting", () => {
    // At 5 Gbps and t = 19,400 the analytical network cap is about 1.33 req/s, and the backlog
    // builds on the link while the prefill queues stay short.
    const config = presetSimulationConfig(resolved, "prfaas", { controlLoop: false, link: { gbps: 5 } });
    const overloaded = simulate(config, generateWorkload(presetWorkload(resolved, 1.6, 3000), 1)).metrics;
    expect(overloaded.meanQueueDepth.link).toBeGreaterThan(10 * overloaded.meanQueueDepth.prfaasPrefill);
    expect(isStable(overloaded.waiting.firstHalf, overloaded.waiting.secondHalf)).toBe(false);

    const light = simulate(config, generateWorkload(presetWorkload(resolved, 0.8, 3000), 1)).metrics;
    expect(isStable(light.waiting.firstHalf, light.waiting.secondHalf)).toBe(true);
  });

  it("link queue depth obeys Little's law", () => {
    // Without latency or prefix copies, an offloaded request waits on the link from the end of its
    // prefill to the arrival of its KV, so the depth's time integral is the sum of those spans.
    for (const layerwisePipelining of [true, false]) {
      const config = presetSimulationConfig(resolved, "prfaas", { controlLoop: false, link: { gbps: 8, layerwisePipelining } });
      const { metrics, log } = simulate(config, generateWorkload(presetWorkload(resolved, 1.2, 1500), 2));
      let linkSeconds = 0;
      let offloaded = 0;
      for (let index = 0; index < log.length; index++) {
        if (log.path[index] !== PATH_OFFLOADED) continue;
        offloaded++;
        linkSeconds += (log.times.kvArrivalUs[index]! - log.times.prefillDoneUs[index]!) / 1e6;
      }
      expect(offloaded).toBeGreaterThan(500);
      expect(linkSeconds).toBeGreaterThan(1);
      expect(metrics.meanQueueDepth.link * metrics.durationSeconds).toBeCloseTo(linkSeconds, 6);
    }
  });

  it("averages link utilisation over the whole run, not only while transfers ran", () => {
    // One offloaded request at the start, then 200 local ones over 1000 s.
    const requests: WorkloadRequest[] = [
      { arrivalUs: 0, inputTokens: 100_000, outputTokens: 8 },
      ...Array.from({ length: 200 }, (_, index) => ({ arrivalUs: (index + 1) * 5_000_000, inputTokens: 500, outputTokens: 8 })),
    ];
    const { metrics, transfers } = simulate(presetSimulationConfig(resolved, "prfaas", { controlLoop: false }), requests, { recordTransfers: true });
    expect(metrics.offloadShare).toBeCloseTo(1 / 201, 9);
    const sent = transfers!.reduce((sum, transfer) => sum + transfer.bytes, 0);
    const capacity = ((CASE_STUDY_PRESET.link.gbps * 1e9) / 8) * metrics.durationSeconds;
    expect(metrics.link.meanUtilisation).toBeCloseTo(sent / capacity, 6);
    // The timeline reaches the end of the run too.
    expect(metrics.link.utilisation.length).toBeGreaterThanOrEqual(Math.floor(metrics.durationSeconds));
  });

  it("rejects an unknown policy id", () => {
    const config = { ...presetSimulationConfig(resolved, "prfaas"), policy: "prfaaz" as SimulationConfig["policy"] };
    const run = () => simulate(config, twoRequests);
    expect(run).toThrow(/^Unknown policy "prfaaz": expected one of homogeneous-pd, naive-heterogeneous, prfaas, mooncake-ttft\.$/);
    expect(run).toThrow(expect.objectContaining({ code: "UNKNOWN_ID", field: "policy", value: "prfaaz" }));
  });

  it("rejects a seed that is not whole", () => {
    for (const seed of [Number.NaN, 1.5, Number.POSITIVE_INFINITY]) {
      const config = presetSimulationConfig(resolved, "homogeneous-pd", { seed });
      const run = () => simulate(config, twoRequests);
      expect(run).toThrow(new RegExp(`^Invalid seed ${String(seed)}: expected a whole number, such as 1\\.$`));
      expect(run).toThrow(expect.objectContaining({ code: "INVALID_OPTION", field: "seed" }));
    }
  });

  it("rejects token counts that the request log cannot hold", () => {
    const config = presetSimulationConfig(resolved, "prfaas");
    expect(() => simulate(config, [{ arrivalUs: 0, inputTokens: 100, outputTokens: 5_000_000_000 }])).toThrow(
      /^Request 0 has outputTokens 5000000000: expected a whole number from 0 to 2,147,483,647\.$/,
    );
    expect(() => simulate(config, [{ arrivalUs: 0, inputTokens: 2 ** 31, outputTokens: 1 }])).toThrow(/^Request 0 has inputTokens 2147483648/);
    expect(() => simulate(config, [{ arrivalUs: 0, inputTokens: 100, outputTokens: -1 }])).toThrow(/^Request 0 has outputTokens -1/);
  });

  it("counts profile lookups outside the table per cluster", () => {
    const requests: WorkloadRequest[] = [
      { arrivalUs: 0, inputTokens: 500, outputTokens: 1 },
      { arrivalUs: 10, inputTokens: 200_000, outputTokens: 1 },
      { arrivalUs: 20, inputTokens: 150_000, outputTokens: 1 },
      { arrivalUs: 30, inputTokens: 8000, outputTokens: 1 },
    ];
    const { profileExtrapolation } = simulate(presetSimulationConfig(resolved, "prfaas", { controlLoop: false }), requests).metrics;
    // Offloaded requests look up prefill time and the KV bytes they send, both above the table.
    expect(profileExtrapolation.prfaas).toEqual({ tableMinTokens: 1024, tableMaxTokens: 131_072, lookupsBelow: 0, lookupsAbove: 4, minTokensBelow: null, maxTokensAbove: 200_000 });
    // Local requests look up prefill time and KV bytes, both below the table for 500 tokens.
    expect(profileExtrapolation.pd).toEqual({ tableMinTokens: 1024, tableMaxTokens: 131_072, lookupsBelow: 2, lookupsAbove: 0, minTokensBelow: 500, maxTokensAbove: null });
    const homogeneous = simulate(presetSimulationConfig(resolved, "homogeneous-pd"), requests).metrics.profileExtrapolation;
    expect(homogeneous.prfaas).toBeNull();
  });
});

describe("cross-cluster KV transfer size", () => {
  const cost = resolved.prfaasPrefill;

  it("sends the profile's S_kv without a prefix hit", () => {
    // At the table's lengths S_kv is the measured size (701.3 MiB at 32K), not the fitted line's.
    const requests = [1024, 8192, 32_768, 131_072].map((inputTokens, index): WorkloadRequest => ({ arrivalUs: index * 60e6, inputTokens, outputTokens: 1 }));
    const { transfers } = simulate(presetSimulationConfig(resolved, "naive-heterogeneous"), requests, { recordTransfers: true });
    expect(transfers!.map((transfer) => transfer.bytes)).toEqual(requests.map((request) => cost.kvBytes(request.inputTokens)));
    expect(cost.kvBytes(32_768) / 2 ** 20).toBeCloseTo(701.3, 6);
  });

  it("leaves out the prefix the PD cluster caches", () => {
    // The first request prefills on PD-P and caches 4 blocks there. The second shares those 4
    // blocks, is offloaded, and sends the KV of all but their 2,048 tokens.
    const shared = [1, 2, 3, 4];
    const requests: WorkloadRequest[] = [
      { arrivalUs: 0, inputTokens: 2048, outputTokens: 1, hashIds: shared },
      { arrivalUs: 60e6, inputTokens: 40_000, outputTokens: 1, hashIds: [...shared, ...Array.from({ length: 75 }, (_, block) => 100 + block)] },
    ];
    const config = presetSimulationConfig(resolved, "prfaas", { controlLoop: false, thresholdTokens: 19_400 });
    const { transfers, metrics } = simulate(config, requests, { recordTransfers: true });
    expect(metrics.offloadShare).toBe(0.5);
    expect(transfers).toHaveLength(1);
    expect(transfers![0]!.bytes).toBeCloseTo(cost.kvBytes(40_000) - cost.bytesPerToken * 2048, 3);
  });
});

describe("link latency", () => {
  it("delays prefix copies as well as KV transfers", () => {
    // The first request prefills on PD-P and caches 4 blocks there. With bandwidth-plentiful
    // placement the second, offloaded, first copies that prefix to PrfaaS over the link.
    const shared = [1, 2, 3, 4];
    const requests: WorkloadRequest[] = [
      { arrivalUs: 0, inputTokens: 2048, outputTokens: 1, hashIds: shared },
      { arrivalUs: 60e6, inputTokens: 40_000, outputTokens: 1, hashIds: [...shared, ...Array.from({ length: 75 }, (_, block) => 100 + block)] },
    ];
    const run = (latencyMs: number) => {
      const config = presetSimulationConfig(resolved, "prfaas", { controlLoop: false, placement: "bandwidth-plentiful", link: { gbps: 100, latencyMs } });
      const { log, metrics } = simulate(config, requests);
      expect(metrics.link.reverseSentBytes).toBeGreaterThan(0);
      const second = [...log.ids.slice(0, log.length)].indexOf(1);
      return { prefillStartUs: log.times.prefillStartUs[second]!, firstTokenUs: log.times.firstTokenUs[second]! };
    };
    const direct = run(0);
    const delayed = run(500);
    expect(delayed.prefillStartUs - direct.prefillStartUs).toBe(500_000);
    // The copy and then the KV each cross the link once.
    expect(delayed.firstTokenUs - direct.firstTokenUs).toBe(1_000_000);
  });
});

describe("queueing against M/D/1", () => {
  it("matches the Pollaczek–Khinchine mean wait", () => {
    // One PD-P instance with a 0.1 s deterministic prefill, Poisson arrivals at ρ = 0.7:
    // W_q = ρ / (2 μ (1 − ρ)) = 0.7 / (2 · 10 · 0.3) s ≈ 116.7 ms.
    const fixed: PrefillCostModel = { prefillSeconds: () => 0.1, kvBytes: () => 1, stateBytes: 1, bytesPerToken: 0 };
    const config: SimulationConfig = {
      policy: "homogeneous-pd",
      seed: 1,
      prfaasInstances: 0,
      pdPrefillInstances: 1,
      pdDecodeInstances: 1,
      prfaasPrefill: null,
      pdPrefill: fixed,
      decode: { bsMax: 1_000_000, stepTimeS: 0.001 },
      link: { gbps: 100 },
    };
    const requests = generateWorkload(
      { inputLengths: { mu: 5, sigma: 0.1, minTokens: 1, maxTokens: 1e6 }, outputLengths: { kind: "constant", tokens: 2 }, arrivals: { kind: "poisson", ratePerSecond: 7 }, requests: 60_000 },
      3,
    );
    const wait = simulate(config, requests).metrics.queueing.prefillWaitMs!.mean;
    expect(Math.abs(wait - 116.67) / 116.67).toBeLessThan(0.08);
  });
});

describe("Mooncake conversation trace", () => {
  const trace = parseMooncakeTrace(readFileSync(new URL("../fixtures/traces/mooncake_conversation_trace.jsonl", import.meta.url), "utf8"));

  it.each(POLICY_IDS)("replays under %s", (policy) => {
    const result = simulate(presetSimulationConfig(resolved, policy), trace.requests);
    const metrics = result.metrics;
    expect(metrics.finished).toBe(12_031);
    expect(metrics.prefixCacheHitRate).toBeGreaterThan(0);
    expect(metrics.prefixCacheHitRate).toBeLessThan(1);
    expect(metrics.ttftFirstTokenMs!.p99).toBeGreaterThanOrEqual(metrics.ttftFirstTokenMs!.p50);
    expect(metrics.tpotMs!.p50).toBeCloseTo(CASE_STUDY_PRESET.decode.kind === "constant" ? CASE_STUDY_PRESET.decode.stepTimeS * 1000 : 0, 6);
    if (policy === "homogeneous-pd") expect(metrics.offloadShare).toBe(0);
    if (policy === "naive-heterogeneous") expect(metrics.offloadShare).toBe(1);
    if (policy === "prfaas") expect(metrics.offloadShare).toBeGreaterThan(0);
  });
});
