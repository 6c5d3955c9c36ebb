import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  it("caps PrfaaS by --link-gbps", async () => {
    const result = await runPlanner(["prfaas", "model", "--link-gbps", "5", "--service-time", "mean-of-service", "--point", "fixed", "--json"]);
    expect(result.code).toBe(0);
    type Row = { policy: string; maxRequestsPerSecond: number; bottleneck: string; egressGbps: number };
    const rows = JSON.parse(result.stdout) as Row[];
    const prfaas = rows.find((row) => row.policy === "prfaas")!;
    // Network cap: 5 Gbit/s over the KV of a request at the long path's mean length, divided by p.
    expect(prfaas.bottleneck).toBe("prfaas-network");
    expect(prfaas.egressGbps).toBeCloseTo(5, 9);
    expect(rows.find((row) => row.policy === "naive-heterogeneous")!.bottleneck).toBe("prfaas-network");
    expect(rows.find((row) => row.policy === "homogeneous-pd")!.egressGbps).toBe(0);

    const table = await runPlanner(["prfaas", "model", "--link-gbps", "5"]);
    expect(table.stdout).toMatch(/^Preset case-study, .*, link 5 Gbit\/s$/m);
  });

  it("network cap agrees with the simulator", async () => {
    const model = await runPlanner(["prfaas", "model", "--link-gbps", "5", "--service-time", "mean-of-service", "--point", "fixed", "--json"]);
    const cap = (JSON.parse(model.stdout) as { policy: string; maxRequestsPerSecond: number }[]).find((row) => row.policy === "prfaas")!.maxRequestsPerSecond;
    const stable = async (rate: number) => {
      // Shorter runs leave the stability test to the noise of a link queue at 75 % load.
      const args = ["prfaas", "simulate", "--policy", "prfaas", "--link-gbps", "5", "--control-loop", "off", "--requests", "20000", "--rate", String(rate), "--json"];
      const result = await runPlanner(args);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as { stable: boolean }[])[0]!.stable;
    };
    expect(await stable(cap * 0.75)).toBe(true);
    expect(await stable(cap * 1.15)).toBe(false);
  }, 60_000);

  it("simulate defaults the rate to the model at --link-gbps", async () => {
    // The runs start from the preset's t = 19,400, so the default rate comes from the model's fixed point.
    const model = await runPlanner(["prfaas", "model", "--link-gbps", "5", "--point", "fixed", "--json"]);
    const rate = (JSON.parse(model.stdout) as { policy: string; maxRequestsPerSecond: number }[]).find((row) => row.policy === "prfaas")!.maxRequestsPerSecond * 0.8;
    const result = await runPlanner(["prfaas", "simulate", "--policy", "prfaas", "--link-gbps", "5", "--requests", "20"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Poisson ${rate.toFixed(3)} req/s`);
    expect(rate).toBeLessThan(1.5);
  });

  it("simulate defaults the rate to the model at --threshold", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "prfaas", "--threshold", "100000", "--requests", "20"]);
    expect(result.code).toBe(0);
    // At t = 100,000 nearly every prefill stays on the 3 PD-P instances, which bound the rate well below 2.5 req/s.
    const rate = Number(/Poisson ([\d.]+) req\/s/.exec(result.stdout)![1]);
    expect(rate).toBeLessThan(1);
  });

  it("rejects a --link-gbps out of range", async () => {
    const result = await runPlanner(["prfaas", "model", "--link-gbps", "0.5"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid --link-gbps "0.5": expected a link rate from 1 to 1,000,000 Gbit/s');
  });

  it("rejects an unknown preset with exit code 2", async () => {
    const result = await runPlanner(["prfaas", "model", "--preset", "paper"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown preset "paper"/);
  });
});

describe("planner prfaas simulate", () => {
  it("help names the default policies", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/or all; repeatable or comma-separated\s+\(default: all\)/);
  });

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

  it("notes prefix copies toward PrfaaS", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--policy", "prfaas,mooncake-ttft"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^mooncake-ttft: link util covers PrfaaS to PD \([\d,.]+ GB\); prefix copies toward PrfaaS sent another [\d,.]+ GB the other way\.$/m);
    expect(result.stdout).not.toMatch(/^prfaas: link util covers/m);
  }, 30_000);

  it("limits the prefix cache with --prefix-cache-gb", async () => {
    const hitRate = async (extra: string[]) => {
      const result = await runPlanner(["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--policy", "homogeneous-pd", "--json", ...extra]);
      expect(result.code).toBe(0);
      const [run] = JSON.parse(result.stdout) as { config: { cache: { capacityBytes: number | null } }; metrics: { prefixCacheHitRate: number } }[];
      return { capacityBytes: run!.config.cache.capacityBytes, hitRate: run!.metrics.prefixCacheHitRate };
    };
    const unlimited = await hitRate([]);
    const limited = await hitRate(["--prefix-cache-gb", "10"]);
    expect(unlimited.capacityBytes).toBeNull();
    expect(limited.capacityBytes).toBe(10e9);
    expect(limited.hitRate).toBeLessThan(unlimited.hitRate / 2);

    const off = await hitRate(["--prefix-cache-gb", "0"]);
    expect(off.hitRate).toBe(0);

    const rejected = await runPlanner(["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--prefix-cache-gb", "-1"]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain('Invalid --prefix-cache-gb "-1": expected a decimal number of 0 or more');
  }, 60_000);

  it("sets the prefix placement of prfaas", async () => {
    type Run = { config: { placement: string }; metrics: { link: { reverseSentBytes: number } } };
    const run = async (placement: string) => {
      const result = await runPlanner(["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--policy", "prfaas", "--placement", placement, "--json"]);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as Run[])[0]!;
    };
    const scarce = await run("bandwidth-scarce");
    const plentiful = await run("bandwidth-plentiful");
    expect(scarce.config.placement).toBe("bandwidth-scarce");
    expect(plentiful.config.placement).toBe("bandwidth-plentiful");
    // Only bandwidth-plentiful placement copies a prefix cached on PD toward PrfaaS.
    expect(scarce.metrics.link.reverseSentBytes).toBe(0);
    expect(plentiful.metrics.link.reverseSentBytes).toBeGreaterThan(0);

    const synthetic = await runPlanner(["prfaas", "simulate", "--placement", "bandwidth-plentiful", "--requests", "5", "--rate", "1"]);
    expect(synthetic.code).toBe(2);
    expect(synthetic.stderr).toContain("the synthetic workload shares no prefixes");
    const withoutPrfaas = await runPlanner(["prfaas", "simulate", "--trace", MOONCAKE_TRACE, "--placement", "bandwidth-plentiful", "--policy", "homogeneous-pd"]);
    expect(withoutPrfaas.code).toBe(2);
    expect(withoutPrfaas.stderr).toContain("--placement applies to the prfaas policy only");
  }, 60_000);

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

  it("keeps the plot of a long trace small", async () => {
    // Two offloaded requests 105 days apart: about 9 million one-second link buckets per policy.
    const trace = join(directory, "far.csv");
    writeFileSync(trace, "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.9799600,30000,10\n2024-03-01 00:00:00.0000000,30000,5\n");
    const plot = join(directory, "far.svg");
    const result = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "naive-heterogeneous,prfaas", "--plot", plot]);
    expect(result.code).toBe(0);
    const svg = readFileSync(plot, "utf8");
    expect(svg).toContain("link utilisation");
    expect(svg.length).toBeLessThan(500_000);
  }, 60_000);

  it("marks summary percentiles as estimates", async () => {
    const args = ["prfaas", "simulate", "--policy", "homogeneous-pd", "--requests", "200", "--rate", "1"];
    const note = "Percentiles are estimates within 1 % relative error, because --request-log summary keeps no per-request log.";

    const summary = await runPlanner([...args, "--request-log", "summary"]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain(note);

    const full = await runPlanner(args);
    expect(full.code).toBe(0);
    expect(full.stdout).not.toContain(note);
  });

  it("rejects a plot with a summary log", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "prfaas", "--requests", "10", "--request-log", "summary", "--plot", join(directory, "none.svg")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--plot needs every request's TTFT/);
  });

  it.each([
    ["azure.csv", "TIMESTAMP,ContextTokens,GeneratedTokens\n2023-11-16 18:17:03.9799600,30000,10\n", "an Azure CSV"],
    ["burstgpt.csv", "Timestamp,Model,Request tokens,Response tokens,Total tokens,Log Type\n0,ChatGPT,100,20,120,Conversation log\n", "a BurstGPT CSV"],
  ])("rejects prefix flags for %s", async (name, text, described) => {
    const trace = join(directory, name);
    writeFileSync(trace, text);

    const cache = await runPlanner(["prfaas", "simulate", "--trace", trace, "--prefix-cache-gb", "10"]);
    const both = await runPlanner(["prfaas", "simulate", "--trace", trace, "--placement", "bandwidth-plentiful", "--prefix-cache-gb", "0"]);
    const neither = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "prfaas"]);

    expect(cache.code).toBe(2);
    expect(cache.stdout).toBe("");
    expect(cache.stderr).toBe(
      `planner: --prefix-cache-gb acts on cached prefixes, which only a trace with prefix hashes (Mooncake JSONL) has, and ${trace} is ${described} trace without them: drop --prefix-cache-gb, or replay a Mooncake trace.\n`,
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("planner: --prefix-cache-gb and --placement act on cached prefixes");
    expect(neither.code, neither.stderr).toBe(0);
  });

  it("names the line of a malformed trace and exits with 2", async () => {
    const trace = join(directory, "bad.jsonl");
    writeFileSync(trace, '{"timestamp": 0, "input_length": 10, "output_length": 1, "hash_ids": [1]}\n{"timestamp": 1, "input_length": 10}\n');
    const result = await runPlanner(["prfaas", "simulate", "--trace", trace]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Line 2: missing output_length/);
  });

  it("names the trace file and a missing field", async () => {
    const trace = join(directory, "missing-field.jsonl");
    writeFileSync(trace, '{"input_length": 10, "output_length": 1, "hash_ids": [1]}\n');
    const result = await runPlanner(["prfaas", "simulate", "--trace", trace]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`planner: Invalid --trace "${trace}": Line 1: missing timestamp: expected milliseconds from the trace start, from 0 to 9,000,000,000,000 (about 285 years). Fix or remove that row.\n`);
    expect(result.stdout).toBe("");
  });

  it("rejects an unknown policy", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "fastest"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Invalid --policy "fastest"/);
  });

  it.each([
    [["--policy", "prfaas", "--policy", "prfaas"], /^planner: Invalid --policy "prfaas,prfaas": prfaas is given twice\. Give each policy once\.\n$/],
    [["--policy", "all,prfaas"], /^planner: Invalid --policy "all,prfaas": all selects every policy, so pass it alone\.\n$/],
    [["--seed", "-1"], /^planner: Invalid --seed "-1": expected a non-negative whole number up to 9007199254740991, such as 1\.\n$/],
    [["--spread-ties"], /^planner: --spread-ties spreads the tied timestamps of a trace: pass it with --trace, or drop it\.\n$/],
    [["--policy", "homogeneous-pd", "--threshold", "1000"], /^planner: --threshold applies to the prfaas policy only, and --policy homogeneous-pd leaves it out: add prfaas to --policy, or drop --threshold\.\n$/],
    [["--policy", "naive-heterogeneous,mooncake-ttft", "--threshold", "5", "--control-loop", "off"], /^planner: --threshold and --control-loop apply to the prfaas policy only, and --policy naive-heterogeneous,mooncake-ttft leaves it out/],
    [["--format", "azure"], /^planner: --format names the format of a trace file: pass it with --trace, or drop it\.\n$/],
    [["--prefix-cache-gb", "10"], /^planner: --prefix-cache-gb limits the prefix cache, which only a trace with prefix hashes \(Mooncake JSONL\) fills: the synthetic workload shares no prefixes\. Pass it with --trace, or drop it\.\n$/],
    [["--trace", MOONCAKE_TRACE, "--requests", "5"], /^planner: --requests sizes the synthetic workload, but --trace replays/],
    [["--trace", MOONCAKE_TRACE, "--rate", "2", "--requests", "5"], /^planner: --requests and --rate size the synthetic workload/],
  ])("rejects %j with exit code 2", async (args, message) => {
    const result = await runPlanner(["prfaas", "simulate", ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("reads a trace with a byte-order mark", async () => {
    const trace = join(directory, "bom.jsonl");
    writeFileSync(trace, '\uFEFF{"timestamp": 0, "input_length": 10, "output_length": 2, "hash_ids": [1]}\n');
    const result = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "prfaas", "--json"]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { metrics: { finished: number } }[])[0]!.metrics.finished).toBe(1);
  });

  it("reports profile lookups beyond the table", async () => {
    const trace = join(directory, "long.jsonl");
    const ids = Array.from({ length: Math.ceil(200_000 / 512) }, (_, index) => index + 10);
    writeFileSync(trace, `{"timestamp": 0, "input_length": 4000, "output_length": 2, "hash_ids": [1,2,3,4,5,6,7,8]}\n{"timestamp": 5, "input_length": 200000, "output_length": 2, "hash_ids": [${ids.join(",")}]}\n`);
    const text = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "prfaas"]);
    expect(text.code).toBe(0);
    // The offloaded request looks up its prefill time and the KV bytes it sends.
    expect(text.stdout).toMatch(/^prfaas: prefill-profile lookups outside the measured table used its fitted curves, on PrfaaS \(table 1,024–131,072 tokens\) 2 above \(up to 200,000 tokens\)\.$/m);
    const json = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "prfaas", "--json"]);
    const [run] = JSON.parse(json.stdout) as { metrics: { profileExtrapolation: { prfaas: { lookupsAbove: number; maxTokensAbove: number } } } }[];
    expect(run!.metrics.profileExtrapolation.prfaas).toMatchObject({ lookupsAbove: 2, maxTokensAbove: 200_000 });
  });

  it("reports duration and goodput per SLO", async () => {
    const trace = join(directory, "two.jsonl");
    writeFileSync(trace, '{"timestamp": 0, "input_length": 4000, "output_length": 8, "hash_ids": [1,2,3,4,5,6,7,8]}\n{"timestamp": 1, "input_length": 3000, "output_length": 8, "hash_ids": [9,10,11,12,13,14]}\n');
    const result = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "homogeneous-pd,prfaas", "--json"]);
    type Run = { metrics: { durationSeconds: number; throughputRequestsPerSecond: number; goodput: unknown } };
    const [homogeneous, prfaas] = JSON.parse(result.stdout) as Run[];
    // Both requests prefill locally on idle H20 instances under either policy, so the runs match.
    expect(prfaas!.metrics.durationSeconds).toBeCloseTo(homogeneous!.metrics.durationSeconds, 9);
    expect(prfaas!.metrics.throughputRequestsPerSecond).toBeCloseTo(2 / prfaas!.metrics.durationSeconds, 9);
    expect(prfaas!.metrics.goodput).toBeNull();
    expect(homogeneous!.metrics.goodput).toBeNull();
    const table = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "prfaas"]);
    expect(table.stdout).toMatch(/^policy .* throughput req\/s +link util +stable$/m);
    expect(table.stdout).not.toMatch(/goodput/);
    const withSlo = await runPlanner(["prfaas", "simulate", "--trace", trace, "--policy", "prfaas", "--ttft-slo-ms", "100000"]);
    expect(withSlo.stdout).toMatch(/^prfaas .* +100\.0 % +0\.0 % +yes$/m);
    expect(withSlo.stdout).toMatch(/ goodput req\/s +SLO met /);
  });

  it("flags an unstable run", async () => {
    const result = await runPlanner(["prfaas", "simulate", "--policy", "homogeneous-pd", "--requests", "1500", "--rate", "6"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^homogeneous-pd .* no$/m);
    expect(result.stdout).toMatch(/^homogeneous-pd is unstable: on average [\d,.]+ requests waited in the second half/m);
  });

  it("shows the threshold the control loop leaves in force", async () => {
    const args = ["prfaas", "simulate", "--policy", "prfaas", "--requests", "2000", "--rate", "4", "--seed", "3", "--threshold", "40000"];
    const looped = await runPlanner(args);
    expect(looped.stdout).toMatch(/^prfaas: the control loop moved the offload threshold t from 40,000 tokens to [\d,]+ \(time-weighted mean [\d,]+, range [\d,]+–[\d,]+, \d+ changes\)\. Pass --control-loop off to hold t fixed\.$/m);
    const fixed = await runPlanner([...args, "--control-loop", "off"]);
    expect(fixed.stdout).toMatch(/^prfaas: offload threshold t held at 40,000 tokens \(control loop off\)\.$/m);
  });

  it("names the end of the loop's range that t reached", async () => {
    const args = ["prfaas", "simulate", "--policy", "prfaas", "--requests", "2000", "--rate", "4", "--seed", "3"];

    const floor = await runPlanner([...args, "--threshold", "200000"]);
    const ceiling = await runPlanner([...args, "--threshold", "1000", "--link-gbps", "1"]);
    const fixed = await runPlanner([...args, "--threshold", "200000", "--control-loop", "off"]);

    expect(floor.stdout).toContain(
      "prfaas: t reached the floor of the control loop's range (100,000–400,000 tokens, set from --threshold), so prefills shorter than 100,000 tokens stayed on PD-P",
    );
    expect(floor.stdout).toContain("Pass a lower --threshold to let the loop offload shorter prefills.");
    expect(ceiling.stdout).toContain("prfaas: t reached the ceiling of the control loop's range (500–2,000 tokens, set from --threshold)");
    expect(ceiling.stdout).toContain("Pass a higher --threshold");
    expect(fixed.stdout).not.toContain("t reached the");
  });

  it("names no end of the range that t started at", async () => {
    // At 100 tokens t₀ is the range's floor, and the loop never lowered t to it.
    const result = await runPlanner(["prfaas", "simulate", "--policy", "prfaas", "--requests", "300", "--threshold", "100"]);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain("prfaas: offload threshold t stayed at 100 tokens; the control loop did not move it.");
    expect(result.stdout).not.toContain("t reached the floor");
  });
});

describe("planner prfaas simulate --plot", () => {
  const args = ["prfaas", "simulate", "--policy", "homogeneous-pd", "--requests", "20", "--rate", "1"];

  it("rejects a name without .svg before the run", async () => {
    const result = await runPlanner([...args, "--plot", join(directory, "ttft.png")]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^planner: Invalid --plot ".*ttft\.png": the plot is SVG, so the file name must end in \.svg, such as ttft\.svg\.\n$/);
    expect(result.stdout).toBe("");
  });

  it("rejects a missing directory before the run", async () => {
    const plot = join(directory, "missing", "ttft.svg");
    const result = await runPlanner([...args, "--plot", plot]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`planner: Invalid --plot "${plot}": the directory ${join(directory, "missing")} does not exist. Create it or pass a path in a writable directory.\n`);
  });

  it("keeps the results and the old file when the write fails", async () => {
    const plot = join(directory, "keep.svg");
    writeFileSync(plot, "<svg>old</svg>");
    // A directory in place of the temporary file makes the write fail after the run.
    const temporary = join(directory, `.keep.svg.${process.pid}.tmp`);
    mkdirSync(temporary);
    try {
      const result = await runPlanner([...args, "--json", "--plot", plot]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^planner: Cannot write the plot to .*keep\.svg: EISDIR.* any earlier file at that path is unchanged; pass another --plot path\.\n$/);
      expect((JSON.parse(result.stdout) as { metrics: { finished: number } }[])[0]!.metrics.finished).toBe(20);
      expect(readFileSync(plot, "utf8")).toBe("<svg>old</svg>");
    } finally {
      rmSync(temporary, { recursive: true, force: true });
    }
  });

  it("rejects a FIFO before the run and keeps it", async () => {
    const plot = join(directory, "fifo.svg");
    execFileSync("mkfifo", [plot]);
    const result = await runPlanner([...args, "--plot", plot]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`planner: Invalid --plot "${plot}": it is a device, FIFO or socket, not a regular file. Pass a file name ending in .svg.\n`);
    expect(result.stdout).toBe("");
    expect(lstatSync(plot).isFIFO()).toBe(true);
  });

  it("replaces an existing file on success", async () => {
    const plot = join(directory, "replace.svg");
    writeFileSync(plot, "<svg>old</svg>");
    const result = await runPlanner([...args, "--plot", plot]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^homogeneous-pd +20 /m);
    expect(readFileSync(plot, "utf8")).toMatch(/^<svg[\s\S]*TTFT/);
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

  it("writes booleans and null in JSON, as simulate and model do", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "rate", "--values", "1", "--policy", "homogeneous-pd", "--requests", "50", "--json"]);
    expect(result.code).toBe(0);
    const [row] = JSON.parse(result.stdout) as { stable: unknown; controlLoop: unknown; thresholdMeanTokens: unknown }[];
    expect(typeof row!.stable).toBe("boolean");
    expect(row!.controlLoop).toBe(true);
    expect(row!.thresholdMeanTokens).toBeNull();
  });

  it("sweeps the threshold at --link-gbps", async () => {
    const sweep = async (extra: string[]) => {
      const result = await runPlanner(["prfaas", "sweep", "--over", "threshold", "--values", "10000", "--requests", "300", "--rate", "1", "--json", ...extra]);
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as { linkUtilisation: number }[])[0]!.linkUtilisation;
    };
    // The same bytes on a link 10 times slower use it 10 times as much.
    expect(await sweep(["--link-gbps", "10"])).toBeCloseTo(10 * (await sweep([])), 6);

    const rejected = await runPlanner(["prfaas", "sweep", "--over", "bandwidth", "--values", "10", "--link-gbps", "5", "--requests", "10"]);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain("--over bandwidth takes its link rates from --values: drop --link-gbps.");
  });

  it("rejects a threshold sweep without prfaas", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "threshold", "--values", "1000,5000", "--policy", "homogeneous-pd", "--requests", "10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "planner: --over threshold sweeps the offload threshold of the prfaas policy, and --policy homogeneous-pd leaves it out: add prfaas to --policy, or sweep rate or bandwidth.\n",
    );
  });

  it("rejects a value given twice", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "rate", "--values", "1,2,1.0", "--requests", "10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('planner: Invalid --values "1,2,1.0": 1.0 is given twice. Give each value once.\n');
    expect(result.stdout).toBe("");
  });

  it("prints a small rate with its digits", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "rate", "--values", "0.0004", "--requests", "2"]);
    expect(result.code).toBe(0);
    // Three decimals printed 0.000 for both the rate and the throughput.
    expect(result.stdout).toMatch(/^0\.0004 +prfaas +0\.000400 +0\.00[1-9]\d\d /m);
  });

  it("rejects --rate in a sweep over rates", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "rate", "--values", "1", "--rate", "2", "--requests", "10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--over rate takes its rates from --values");
  });

  it("rejects a fractional threshold, as --threshold does", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "threshold", "--values", "0.5,19400.5", "--requests", "10"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"0.5"');
  });

  it("holds each swept threshold fixed unless the loop is on", async () => {
    type Row = { threshold: number; controlLoop: boolean; thresholdMeanTokens: number; thresholdFinalTokens: number; goodputRequestsPerSecond: number | null };
    const args = ["prfaas", "sweep", "--over", "threshold", "--values", "40000", "--requests", "2000", "--rate", "4", "--seed", "3", "--json"];
    const [fixed] = JSON.parse((await runPlanner(args)).stdout) as Row[];
    expect(fixed).toMatchObject({ threshold: 40_000, controlLoop: false, thresholdMeanTokens: 40_000, thresholdFinalTokens: 40_000, goodputRequestsPerSecond: null });
    const [looped] = JSON.parse((await runPlanner([...args, "--control-loop", "on"])).stdout) as Row[];
    expect(looped!.controlLoop).toBe(true);
    expect(looped!.thresholdMeanTokens).toBeLessThan(40_000);
  });

  it("prints the threshold in force as a table", async () => {
    const result = await runPlanner(["prfaas", "sweep", "--over", "rate", "--values", "1", "--requests", "200"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^rate +policy +rate req\/s +throughput req\/s +offloaded +t mean +t final +TTFT p50 ms +TTFT p99 ms +link util +stable$/m);
    expect(result.stdout).toMatch(/^Control loop on: prfaas moves t from its starting value/m);
  });
});
