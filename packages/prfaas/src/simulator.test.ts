import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

import { parseMooncakeTrace } from "./mooncake-trace.js";
import type { PrefillCostModel } from "./prefill-profile.js";
import { presetSimulationConfig } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import { POLICY_IDS } from "./policy-id.js";
import type { WorkloadRequest } from "./request.js";
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
        for (let index = 0; index < count; index++) {
          expect(result.log.times.firstTokenUs[index]!).toBeGreaterThan(result.log.times.prefillDoneUs[index]!);
          expect(result.log.times.prefillStartUs[index]!).toBeGreaterThanOrEqual(result.log.times.arrivalUs[index]!);
        }
      }),
      { numRuns: 25 },
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
