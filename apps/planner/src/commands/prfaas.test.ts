import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { runPlanner } from "../test-support.js";

const directory = mkdtempSync(join(tmpdir(), "planner-prfaas-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const MOONCAKE_TRACE = new URL("../../../../packages/prfaas/fixtures/traces/mooncake_conversation_trace.jsonl", import.meta.url).pathname;

describe("planner prfaas model", () => {
  it("prints policy and maxRequestsPerSecond for the three analytical policies", async () => {
    const result = await runPlanner(["prfaas", "model", "--preset", "case-study", "--json"]);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { policy: string; maxRequestsPerSecond: number }[];
    expect(rows.map((row) => row.policy)).toEqual(["homogeneous-pd", "naive-heterogeneous", "prfaas"]);
    const [homogeneous, naive, prfaas] = rows.map((row) => row.maxRequestsPerSecond);
    expect(prfaas).toBeGreaterThan(naive!);
    expect(naive).toBeGreaterThan(homogeneous!);
  });

  it("prints a table", async () => {
    const result = await runPlanner(["prfaas", "model"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^prfaas +\d+\.\d{3} +19400 +4 +3 +5 /m);
  });

  it("rejects an unknown preset with exit code 2", async () => {
    const result = await runPlanner(["prfaas", "model", "--preset", "paper"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown preset "paper"/);
  });
});

describe("planner prfaas simulate", () => {
  it("replays the Mooncake conversation trace with metrics and a plot", async () => {
    const plot = join(directory, "ttft.svg");
    const result = await runPlanner(["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--policy", "prfaas,mooncake-ttft", "--json", "--plot", plot]);
    expect(result.code).toBe(0);
    const runs = JSON.parse(result.stdout) as { policy: string; config: { seed: number }; metrics: { finished: number; prefixCacheHitRate: number; offloadShare: number; ttftFirstTokenMs: { p99: number }; tpotMs: { p50: number } } }[];
    expect(runs.map((run) => run.policy)).toEqual(["prfaas", "mooncake-ttft"]);
    for (const run of runs) {
      expect(run.metrics.finished).toBe(12_031);
      expect(run.metrics.prefixCacheHitRate).toBeGreaterThan(0);
      expect(run.config.seed).toBe(1);
    }
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg[\s\S]*TTFT/);
  }, 30_000);

  it("simulates the synthetic workload as a table", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "homogeneous-pd", "--requests", "500", "--rate", "1", "--ttft-slo-ms", "5000"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^homogeneous-pd +500 +0\.0 %/m);
  });

  it("simulates with a summary request log", async () => {
    const args = ["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--policy", "prfaas", "--json"];
    const full = await runPlanner(args);
    const summary = await runPlanner([...args, "--request-log", "summary"]);
    expect(summary.code).toBe(0);
    type Run = { metrics: { finished: number; offloadShare: number; ttftFirstTokenMs: { mean: number; p99: number } } };
    const [fullRun] = JSON.parse(full.stdout) as Run[];
    const [summaryRun] = JSON.parse(summary.stdout) as Run[];
    expect(summaryRun!.metrics.finished).toBe(fullRun!.metrics.finished);
    expect(summaryRun!.metrics.offloadShare).toBe(fullRun!.metrics.offloadShare);
    expect(summaryRun!.metrics.ttftFirstTokenMs.mean).toBeCloseTo(fullRun!.metrics.ttftFirstTokenMs.mean, 6);
    const p99 = fullRun!.metrics.ttftFirstTokenMs.p99;
    expect(Math.abs(summaryRun!.metrics.ttftFirstTokenMs.p99 - p99)).toBeLessThanOrEqual(0.01 * p99 * (1 + 1e-9));
  }, 30_000);

  it("rejects a plot with a summary log", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "prfaas", "--requests", "10", "--request-log", "summary", "--plot", join(directory, "none.svg")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--plot needs every request's TTFT/);
  });

  it("names the line of a malformed trace and exits with 2", async () => {
    const trace = join(directory, "bad.jsonl");
    writeFileSync(trace, '{"timestamp": 0, "input_length": 10, "output_length": 1, "hash_ids": [1]}\n{"timestamp": 1, "input_length": 10}\n');
    const result = await runPlanner(["prfaas", "simulate", "--trace", trace]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Line 2: invalid output_length/);
  });

  it("rejects an unknown policy", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "fastest"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid --policy "fastest"/);
  });
});

describe("planner prfaas sweep", () => {
  it("sweeps the threshold", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "threshold", "--values", "5000,40000", "--requests", "400", "--rate", "1", "--json"]);
    expect(result.code).toBe(0);
    const rows = JSON.parse(result.stdout) as { threshold: number; offloadShare: number }[];
    expect(rows.map((row) => row.threshold)).toEqual([5000, 40_000]);
    expect(rows[0]!.offloadShare).toBeGreaterThan(rows[1]!.offloadShare);
  });
});
