import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import type { SimulationMetrics } from "./metrics.js";
import { parseMooncakeTrace } from "./mooncake-trace.js";
import type { Percentiles } from "./percentile.js";
import { presetSimulationConfig, presetWorkload } from "./preset-simulation.js";
import { CASE_STUDY_PRESET, resolvePreset } from "./presets.js";
import type { PolicyId } from "./policy-id.js";
import type { WorkloadRequest } from "./request.js";
import { SUMMARY_RELATIVE_ACCURACY } from "./request-summary.js";
import { simulate } from "./simulator.js";
import type { SimulationConfig } from "./simulator-config.js";
import { generateWorkload } from "./synthetic-workload.js";

const resolved = resolvePreset(CASE_STUDY_PRESET);
const trace = parseMooncakeTrace(readFileSync(new URL("../fixtures/traces/mooncake_conversation_trace.jsonl", import.meta.url), "utf8"));
// Log and pow rounding may move a value across a bucket edge by a few ulps.
const bound = SUMMARY_RELATIVE_ACCURACY * (1 + 1e-9);

function expectWithinBound(label: string, summary: Partial<Percentiles> | null, full: Partial<Percentiles> | null): void {
  expect(summary === null, `${label} presence`).toBe(full === null);
  if (summary === null || full === null) return;
  if (full.mean !== undefined) expect(Math.abs(summary.mean! - full.mean), `${label} mean`).toBeLessThanOrEqual(1e-12 * Math.abs(full.mean) + 1e-12);
  for (const key of ["p50", "p90", "p99"] as const) {
    expect(Math.abs(summary[key]! - full[key]!), `${label} ${key}`).toBeLessThanOrEqual(bound * Math.abs(full[key]!));
  }
}

function compareModes(config: SimulationConfig, requests: readonly WorkloadRequest[]): { full: SimulationMetrics; summary: SimulationMetrics } {
  const full = simulate(config, requests).metrics;
  const summary = simulate(config, requests, { requestLog: "summary" }).metrics;
  expect(summary.arrived).toBe(full.arrived);
  expect(summary.finished).toBe(full.finished);
  expect(summary.offloadShare).toBe(full.offloadShare);
  expect(summary.goodput).toEqual(full.goodput);
  expect(summary.prefixCache).toEqual(full.prefixCache);
  expect(summary.durationSeconds).toBe(full.durationSeconds);
  expect(summary.meanQueueDepth).toEqual(full.meanQueueDepth);
  expect(summary.thresholdTimeline).toEqual(full.thresholdTimeline);
  expectWithinBound("TTFT", summary.ttftFirstTokenMs, full.ttftFirstTokenMs);
  expectWithinBound("TTFT at prefill done", summary.ttftPrefillDoneMs, full.ttftPrefillDoneMs);
  expectWithinBound("TPOT", summary.tpotMs, full.tpotMs);
  expectWithinBound("ITL", summary.itlMs, full.itlMs);
  expectWithinBound("E2E", summary.e2eMs, full.e2eMs);
  expectWithinBound("prefill wait", summary.queueing.prefillWaitMs, full.queueing.prefillWaitMs);
  expectWithinBound("transfer", summary.queueing.transferMs, full.queueing.transferMs);
  expectWithinBound("decode wait", summary.queueing.decodeWaitMs, full.queueing.decodeWaitMs);
  return { full, summary };
}

describe("requestLog summary", () => {
  it.each<PolicyId>(["prfaas", "mooncake-ttft"])("matches full mode on Mooncake under %s", (policy) => {
    const { summary } = compareModes(presetSimulationConfig(resolved, policy, { slo: { ttftMs: 4000, tpotMs: 60 } }), trace.requests);
    expect(summary.finished).toBe(12_031);
  });

  it("matches full mode with varied outputs", () => {
    const requests = [
      ...generateWorkload(
        {
          inputLengths: CASE_STUDY_PRESET.workload.inputLengths,
          outputLengths: { kind: "log-normal", mu: 5, sigma: 1, minTokens: 1, maxTokens: 2048 },
          arrivals: { kind: "gamma", ratePerSecond: 2.5, cv: 2 },
          requests: 3000,
        },
        7,
      ),
    ];
    const config = presetSimulationConfig(resolved, "prfaas", { tpotDenominator: "n", slo: { e2eMs: 30_000 } });
    const { full, summary } = compareModes(config, requests);
    expect(summary.link.meanUtilisation).toBeCloseTo(full.link.meanUtilisation, 12);
    expect(summary.link.egressGbps).toEqual(full.link.egressGbps);
  });

  it("keeps a fixed size as requests grow", () => {
    const workload = (requests: number) => generateWorkload(presetWorkload(resolved, 2.2, requests), 3);
    const summaryRun = (requests: number) => simulate(presetSimulationConfig(resolved, "prfaas", { timelineMaxBuckets: 256 }), workload(requests), { requestLog: "summary" });
    const small = summaryRun(2_000);
    const large = summaryRun(20_000);
    expect(large.log).toBeNull();
    expect(large.metrics.finished).toBe(20_000);
    // Eight metric sketches; their buckets follow the spread of the values, not the request count.
    expect(large.summary.retainedBytes).toBeLessThanOrEqual(64 * 1024);
    expect(large.summary.retainedBytes).toBeLessThanOrEqual(2 * small.summary.retainedBytes);
    expect(small.metrics.link.egressGbps.length).toBeLessThanOrEqual(256);
    expect(large.metrics.link.egressGbps.length).toBeLessThanOrEqual(256);
    // 20,000 requests at 2.2 req/s span about 9,000 one-second buckets, merged to widths of 64 s.
    expect(large.metrics.link.bucketSeconds).toBeGreaterThanOrEqual(32);

    const full = simulate(presetSimulationConfig(resolved, "prfaas"), workload(20_000));
    expect(full.summary).toBeNull();
    expect(full.log.length).toBe(20_000);
    expect(full.metrics.link.egressGbps.length).toBeGreaterThan(256);
    // Both modes count the last bucket's whole capacity, so they differ by at most one bucket width over the run.
    const padding = large.metrics.link.bucketSeconds / large.metrics.durationSeconds;
    expect(Math.abs(large.metrics.link.meanUtilisation - full.metrics.link.meanUtilisation)).toBeLessThanOrEqual(padding * full.metrics.link.meanUtilisation);
  });

  it("rejects an unknown mode", () => {
    expect(() => simulate(presetSimulationConfig(resolved, "prfaas"), [], { requestLog: "none" as "full" })).toThrow(/Invalid requestLog/);
  });
});
