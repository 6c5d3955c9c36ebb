import { describe, expect, it } from "vitest";

import { ANALYTICAL_POLICY_IDS } from "./policy-id.js";
import { modelPolicies } from "./policy-model.js";
import { presetSimulationConfig, presetWorkload } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import { PATH_OFFLOADED } from "./request-log.js";
import { simulate } from "./simulator.js";
import { generateWorkload } from "./synthetic-workload.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);
// The simulator serves each request at its own length, so it is compared with the mean-of-service form.
const models = modelPolicies(resolved, { serviceTime: "mean-of-service" });
const REQUESTS = 20_000;
const LOAD = 0.3;

/**
 * Runs `policy` at 30 % of the model's Λ_max with the threshold held fixed, so queues stay short
 * and every stage runs in steady state.
 */
function lightLoadRun(policy: (typeof ANALYTICAL_POLICY_IDS)[number]) {
  const model = models.find((entry) => entry.policy === policy)!;
  const ratePerSecond = LOAD * model.maxRequestsPerSecond;
  const config = presetSimulationConfig(resolved, policy, { controlLoop: false, thresholdTokens: model.thresholdTokens });
  const result = simulate(config, generateWorkload(presetWorkload(resolved, ratePerSecond, REQUESTS), 3));
  return { model, ratePerSecond, result };
}

/** Returns the mean prefill time in seconds of the finished requests on one path (offloaded or local). */
function meanPrefillSeconds(result: ReturnType<typeof lightLoadRun>["result"], offloaded: boolean): number {
  const { log } = result;
  let sum = 0;
  let count = 0;
  for (let index = 0; index < log.length; index++) {
    if ((log.path[index] === PATH_OFFLOADED) !== offloaded) continue;
    sum += log.times.prefillDoneUs[index]! - log.times.prefillStartUs[index]!;
    count++;
  }
  return sum / count / 1e6;
}

describe("analytical model and simulator at light load", () => {
  it.each(ANALYTICAL_POLICY_IDS)("%s agrees in steady state", (policy) => {
    const { model, ratePerSecond, result } = lightLoadRun(policy);
    const metrics = result.metrics;
    const predicted = model.result;

    // Every arrival is served: throughput is the arrival rate, less the last request's drain time.
    expect(metrics.finished).toBe(REQUESTS);
    expect(Math.abs(metrics.throughputRequestsPerSecond / ratePerSecond - 1)).toBeLessThan(0.01);
    expect(metrics.waiting.secondHalf).toBeLessThanOrEqual(1.1 * metrics.waiting.firstHalf + 1);

    // The offloaded share is p = P(L > t): its binomial standard error at 20,000 requests is below 0.004.
    expect(Math.abs(metrics.offloadShare - predicted.offloadShare)).toBeLessThan(0.015);

    // Egress is Λ · p · S_kv(l_long) · 8, with Λ the arrival rate instead of Λ_max.
    const longKvBytes = predicted.longMeanTokens === null ? 0 : resolved.prfaasPrefill.kvBytes(predicted.longMeanTokens);
    const predictedEgressBitsPerSecond = ratePerSecond * predicted.offloadShare * longKvBytes * 8;
    const simulatedEgressBitsPerSecond = (metrics.link.sentBytes * 8) / metrics.durationSeconds;
    if (predictedEgressBitsPerSecond === 0) expect(simulatedEgressBitsPerSecond).toBe(0);
    else expect(Math.abs(simulatedEgressBitsPerSecond / predictedEgressBitsPerSecond - 1)).toBeLessThan(0.02);

    // Each compute cap is N / T, so the model's service time T is N / Θ. The simulator measures it per request.
    if (predicted.offloadShare > 0) {
      const modelSeconds = model.prfaasInstances / predicted.prfaasComputeRequestsPerSecond;
      expect(Math.abs(meanPrefillSeconds(result, true) / modelSeconds - 1)).toBeLessThan(0.02);
    }
    if (predicted.offloadShare < 1) {
      const modelSeconds = model.pdPrefillInstances / predicted.pdPrefillRequestsPerSecond;
      expect(Math.abs(meanPrefillSeconds(result, false) / modelSeconds - 1)).toBeLessThan(0.02);
    }

    // Light load leaves no decode-slot wait, and queueing times are never negative.
    expect(metrics.queueing.decodeWaitMs!.p99).toBe(0);
    expect(metrics.queueing.prefillWaitMs!.p50).toBeGreaterThanOrEqual(0);
    expect(metrics.queueing.transferMs!.p50).toBeGreaterThanOrEqual(0);
  });

  it("serves longer than the at-mean-length form assumes", () => {
    // T_prefill is convex, so the mean service time exceeds T at the mean length (Jensen's inequality).
    const { result } = lightLoadRun("homogeneous-pd");
    const [atMean] = modelPolicies(resolved, { serviceTime: "at-mean-length" });
    const atMeanSeconds = atMean!.pdPrefillInstances / atMean!.result.pdPrefillRequestsPerSecond;
    expect(meanPrefillSeconds(result, false)).toBeGreaterThan(1.03 * atMeanSeconds);
  });
});
