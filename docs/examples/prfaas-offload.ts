// PrfaaS: TTFT per policy, link utilisation and offload share against the threshold
import { generateWorkload, getPreset, modelPolicies, presetSimulationConfig, presetWorkload, resolvePreset, simulate } from "@modelsys/prfaas";

const resolved = resolvePreset(getPreset("case-study"));
const ratePerSecond = 1.6;
const requests = 1500;

// The analytical model's maximum sustainable rate per policy.
table(modelPolicies(resolved).map((entry) => ({ policy: entry.policy, maxRequestsPerSecond: entry.maxRequestsPerSecond })));

// The same workload (same seed) under each policy in the discrete-event simulator.
const policies = ["homogeneous-pd", "naive-heterogeneous", "prfaas"] as const;
const results = policies.map((policy) =>
  simulate(presetSimulationConfig(resolved, policy), generateWorkload(presetWorkload(resolved, ratePerSecond, requests), 7)),
);
chart({
  type: "bar",
  title: `TTFT at ${ratePerSecond} requests/s (${requests} requests)`,
  labels: ["p50", "p90", "p99"],
  series: results.map((result, index) => {
    const ttft = result.metrics.ttftFirstTokenMs!;
    return { name: policies[index]!, values: [ttft.p50 / 1000, ttft.p90 / 1000, ttft.p99 / 1000] };
  }),
  yLabel: "seconds",
});

const prfaasRun = results[2]!.metrics;
chart({
  type: "line",
  title: "PrfaaS link utilisation over time",
  labels: prfaasRun.link.utilisation.map((_, index) => Math.round(index * prfaasRun.link.bucketSeconds)),
  series: [{ name: "utilisation", values: prfaasRun.link.utilisation }],
  xLabel: "seconds",
});

// Offload share and p90 TTFT as the threshold on the uncached length moves. The control loop is
// off, because it would move t away from each value; meanThresholdTokens shows t held fixed.
const thresholds = [4000, 10000, 19400, 40000, 80000];
const sweep = thresholds.map((thresholdTokens) => {
  const run = simulate(
    presetSimulationConfig(resolved, "prfaas", { thresholdTokens, controlLoop: false }),
    generateWorkload(presetWorkload(resolved, ratePerSecond, requests), 7),
  ).metrics;
  return {
    thresholdTokens,
    meanThresholdTokens: run.threshold!.meanTokens,
    offloadShare: run.offloadShare,
    p90TtftSeconds: run.ttftFirstTokenMs!.p90 / 1000,
  };
});
chart({
  type: "line",
  title: "Offload share against the threshold",
  labels: thresholds,
  series: [{ name: "offload share", values: sweep.map((row) => row.offloadShare) }],
  xLabel: "threshold (uncached tokens)",
});
table(sweep);
// The control loop may move t during a run; metrics.threshold reports the values in force.
const inForce = prfaasRun.threshold!;
const loopText =
  inForce.changes === 0
    ? `its control loop kept t at ${inForce.initialTokens} tokens`
    : `its control loop moved t from ${inForce.initialTokens} to ${inForce.finalTokens} tokens (time-weighted mean ${Math.round(inForce.meanTokens)})`;
print(`PrfaaS offloaded ${(prfaasRun.offloadShare * 100).toFixed(1)} % of requests, and ${loopText}.`);
