import {
  POLICY_IDS,
  generateWorkload,
  getPreset,
  modelPolicies,
  parseAzureTrace,
  parseBurstGptTrace,
  parseMooncakeTrace,
  presetSimulationConfig,
  presetWorkload,
  resolvePreset,
  simulate,
  spreadTiedArrivals,
  type PolicyId,
  type ServiceTimeMode,
  type SimulationConfig,
  type SimulationResult,
  type Slo,
  type SummarySimulationResult,
  type Trace,
  type WorkloadRequest,
} from "@modelsys/prfaas";
import { SingleBar } from "cli-progress";
import { writeFileSync } from "node:fs";

import type { CliIo } from "../io.js";
import { formatTable, type Align } from "../table.js";

/** Alignment of a table whose first `left` columns hold text and the rest numbers. */
function alignment(columns: number, left: number): Align[] {
  return Array.from({ length: columns }, (_, index) => (index < left ? "left" : "right"));
}
import { UsageError } from "../usage-error.js";
import { renderSimulationPlot } from "./prfaas-plot.js";

/** Options of `planner prfaas model`. */
export interface PrfaasModelOptions {
  preset: string;
  serviceTime: ServiceTimeMode;
  point: "search-threshold" | "search-all" | "fixed";
  json: boolean;
}

/** Prints the analytical model's maximum sustainable rate of the three analytical policies. */
export function runPrfaasModel(options: PrfaasModelOptions, io: CliIo): void {
  const resolved = resolvePreset(getPreset(options.preset));
  const policies = modelPolicies(resolved, { serviceTime: options.serviceTime, prfaasPoint: options.point });
  const rows = policies.map((entry) => ({
    policy: entry.policy,
    maxRequestsPerSecond: entry.maxRequestsPerSecond,
    thresholdTokens: Number.isFinite(entry.thresholdTokens) ? entry.thresholdTokens : null,
    prfaasInstances: entry.prfaasInstances,
    pdPrefillInstances: entry.pdPrefillInstances,
    pdDecodeInstances: entry.pdDecodeInstances,
    offloadShare: entry.result.offloadShare,
    bottleneck: entry.result.bottleneck,
    egressGbps: entry.result.egressBitsPerSecond / 1e9,
  }));
  if (options.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  io.stdout(`Preset ${options.preset}, service time ${options.serviceTime}, PrfaaS point ${options.point}\n\n`);
  io.stdout(
    formatTable(
      ["policy", "max req/s", "t (tokens)", "PrfaaS", "PD-P", "PD-D", "offloaded", "bottleneck", "egress Gbps"],
      rows.map((row) => [
        row.policy,
        row.maxRequestsPerSecond.toFixed(3),
        row.thresholdTokens === null ? "+∞" : String(row.thresholdTokens),
        String(row.prfaasInstances),
        String(row.pdPrefillInstances),
        String(row.pdDecodeInstances),
        `${(row.offloadShare * 100).toFixed(1)} %`,
        row.bottleneck,
        row.egressGbps.toFixed(2),
      ]),
      alignment(9, 1),
    ) + "\n",
  );
}

/** Options of `planner prfaas simulate`. */
export interface PrfaasSimulateOptions {
  preset: string;
  trace: { path: string; format: "auto" | "mooncake" | "azure" | "burstgpt"; spreadTies: boolean } | null;
  policies: PolicyId[];
  ratePerSecond: number | null;
  requests: number;
  seed: number;
  thresholdTokens: number | null;
  linkGbps: number | null;
  slo: Slo;
  json: boolean;
  plot: string | null;
  /** `full` keeps every request for exact percentiles, and `summary` keeps fixed-size sketches within 1 % relative error. */
  requestLog: "full" | "summary";
}

/** Reads and parses a trace file, choosing the format by extension and header when `auto`. */
export function loadTrace(path: string, format: "auto" | "mooncake" | "azure" | "burstgpt", io: CliIo): Trace {
  if (!io.fileExists(path)) throw new UsageError(`Trace file not found: ${path}. Pass the path of a Mooncake JSONL, Azure CSV or BurstGPT CSV file.`);
  const text = io.readTextFile(path);
  let chosen = format;
  if (chosen === "auto") {
    const header = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n"));
    chosen = header.trimStart().startsWith("{") ? "mooncake" : header.includes("ContextTokens") ? "azure" : header.includes("Request tokens") ? "burstgpt" : "auto";
    if (chosen === "auto") throw new UsageError(`Cannot tell the format of ${path}: pass --format mooncake, azure or burstgpt.`);
  }
  if (chosen === "mooncake") return parseMooncakeTrace(text);
  if (chosen === "azure") return parseAzureTrace(text);
  return parseBurstGptTrace(text);
}

/** Runs the simulator once per policy and prints metrics, JSON or an SVG plot. */
export async function runPrfaasSimulate(options: PrfaasSimulateOptions, io: CliIo): Promise<void> {
  if (options.requestLog === "summary" && options.plot !== null) {
    throw new UsageError("--plot needs every request's TTFT, which --request-log summary drops: pass only one of them.");
  }
  const resolved = resolvePreset(getPreset(options.preset));
  let requests: () => Iterable<WorkloadRequest>;
  let total: number;
  let source: string;
  if (options.trace !== null) {
    const trace = loadTrace(options.trace.path, options.trace.format, io);
    const list = options.trace.spreadTies ? spreadTiedArrivals(trace.requests, options.seed) : trace.requests;
    requests = () => list;
    total = list.length;
    source = `trace ${options.trace.path} (${trace.format}, ${list.length} requests${trace.skipped === null ? "" : `, ${trace.skipped.rows} skipped: ${trace.skipped.reason}`})`;
  } else {
    const rate = options.ratePerSecond ?? modelPolicies(resolved).find((entry) => entry.policy === "prfaas")!.maxRequestsPerSecond * 0.8;
    const workload = presetWorkload(resolved, rate, options.requests);
    requests = () => generateWorkload(workload, options.seed);
    total = options.requests;
    source = `synthetic ${options.requests} requests, Poisson ${rate.toFixed(3)} req/s, seed ${options.seed}`;
  }

  const runs: { policy: PolicyId; result: SimulationResult | SummarySimulationResult }[] = [];
  const fullRuns: { policy: PolicyId; result: SimulationResult }[] = [];
  for (const policy of options.policies) {
    const overrides: Partial<SimulationConfig> = { seed: options.seed, slo: options.slo };
    if (options.thresholdTokens !== null) overrides.thresholdTokens = options.thresholdTokens;
    if (options.linkGbps !== null) overrides.link = { ...presetSimulationConfig(resolved, policy).link, gbps: options.linkGbps };
    const bar = total >= 50_000 && process.stderr.isTTY === true && !options.json ? new SingleBar({ format: `${policy} [{bar}] {value}/{total} requests`, stream: process.stderr }) : null;
    bar?.start(total, 0);
    const config = presetSimulationConfig(resolved, policy, {
      ...overrides,
      ...(bar === null ? {} : { onProgress: (finished: number) => bar.update(finished), progressEvery: 5000 }),
    });
    const result = simulate(config, requests(), { requestLog: options.requestLog });
    bar?.update(total);
    bar?.stop();
    runs.push({ policy, result });
    if (result.log !== null) fullRuns.push({ policy, result });
  }

  if (options.plot !== null) {
    writeFileSync(options.plot, await renderSimulationPlot(fullRuns));
    io.stderr(`Wrote ${options.plot}\n`);
  }
  if (options.json) {
    const output = runs.map(({ policy, result }) => ({
      policy,
      source,
      config: result.config,
      metrics: { ...result.metrics, link: { ...result.metrics.link, egressGbps: undefined, utilisation: undefined } },
      linkTimeline: { bucketSeconds: result.metrics.link.bucketSeconds, egressGbps: result.metrics.link.egressGbps, utilisation: result.metrics.link.utilisation },
    }));
    io.stdout(`${JSON.stringify(output, (_, value) => (value === Number.POSITIVE_INFINITY ? "Infinity" : value), 2)}\n`);
    return;
  }
  io.stdout(`Preset ${options.preset}, ${source}\n\n`);
  const ms = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(0));
  io.stdout(
    formatTable(
      ["policy", "finished", "offloaded", "hit rate", "TTFT p50", "TTFT p90", "TTFT p99", "TTFT prefill p50", "TPOT p50", "TPOT p99", "E2E p50", "goodput req/s", "link util"],
      runs.map(({ policy, result }) => {
        const m = result.metrics;
        return [
          policy,
          String(m.finished),
          `${(m.offloadShare * 100).toFixed(1)} %`,
          `${(m.prefixCacheHitRate * 100).toFixed(1)} %`,
          ms(m.ttftFirstTokenMs?.p50),
          ms(m.ttftFirstTokenMs?.p90),
          ms(m.ttftFirstTokenMs?.p99),
          ms(m.ttftPrefillDoneMs?.p50),
          m.tpotMs === null ? "—" : m.tpotMs.p50.toFixed(1),
          m.tpotMs === null ? "—" : m.tpotMs.p99.toFixed(1),
          ms(m.e2eMs?.p50),
          m.goodput.requestsPerSecond.toFixed(3),
          `${(m.link.meanUtilisation * 100).toFixed(1)} %`,
        ];
      }),
      alignment(13, 1),
    ) + "\n",
  );
  io.stdout("\nTimes in ms. TTFT is arrival to first token (includes the KV transfer); TTFT prefill ends when prefill completes.\n");
}

/** Options of `planner prfaas sweep`. */
export interface PrfaasSweepOptions {
  preset: string;
  over: "rate" | "threshold" | "bandwidth";
  values: number[];
  policies: PolicyId[];
  ratePerSecond: number | null;
  requests: number;
  seed: number;
  slo: Slo;
  json: boolean;
}

/** Runs the simulator over a list of arrival rates, thresholds or link bandwidths. */
export function runPrfaasSweep(options: PrfaasSweepOptions, io: CliIo): void {
  const resolved = resolvePreset(getPreset(options.preset));
  const baseRate = options.ratePerSecond ?? modelPolicies(resolved).find((entry) => entry.policy === "prfaas")!.maxRequestsPerSecond * 0.8;
  const rows: Record<string, string | number | null>[] = [];
  for (const value of options.values) {
    for (const policy of options.policies) {
      const rate = options.over === "rate" ? value : baseRate;
      const base = presetSimulationConfig(resolved, policy, { seed: options.seed, slo: options.slo });
      const config: SimulationConfig = {
        ...base,
        ...(options.over === "threshold" ? { thresholdTokens: value } : {}),
        ...(options.over === "bandwidth" ? { link: { ...base.link, gbps: value } } : {}),
      };
      const metrics = simulate(config, generateWorkload(presetWorkload(resolved, rate, options.requests), options.seed)).metrics;
      rows.push({
        [options.over]: value,
        policy,
        ratePerSecond: rate,
        throughputRequestsPerSecond: metrics.throughputRequestsPerSecond,
        goodputRequestsPerSecond: metrics.goodput.requestsPerSecond,
        offloadShare: metrics.offloadShare,
        ttftP50Ms: metrics.ttftFirstTokenMs?.p50 ?? null,
        ttftP99Ms: metrics.ttftFirstTokenMs?.p99 ?? null,
        linkUtilisation: metrics.link.meanUtilisation,
        stable: metrics.waiting.secondHalf <= 1.1 * metrics.waiting.firstHalf + 1 ? "yes" : "no",
      });
    }
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  const number = (value: string | number | null, digits: number) => (typeof value === "number" ? value.toFixed(digits) : String(value));
  io.stdout(
    formatTable(
      [options.over, "policy", "rate req/s", "throughput", "goodput", "offloaded", "TTFT p50 ms", "TTFT p99 ms", "link util", "stable"],
      rows.map((row) => [
        String(row[options.over]),
        String(row["policy"]),
        number(row["ratePerSecond"]!, 3),
        number(row["throughputRequestsPerSecond"]!, 3),
        number(row["goodputRequestsPerSecond"]!, 3),
        `${((row["offloadShare"] as number) * 100).toFixed(1)} %`,
        number(row["ttftP50Ms"]!, 0),
        number(row["ttftP99Ms"]!, 0),
        `${((row["linkUtilisation"] as number) * 100).toFixed(1)} %`,
        String(row["stable"]),
      ]),
      alignment(10, 2),
    ) + "\n",
  );
}

/** Expands `--policy all` and checks each id. */
export function parsePolicies(values: readonly string[], allowed: readonly string[] = POLICY_IDS): PolicyId[] {
  if (values.length === 1 && values[0] === "all") return [...allowed] as PolicyId[];
  for (const value of values) {
    if (!allowed.includes(value)) throw new UsageError(`Invalid --policy "${value}": expected all or one of ${allowed.join(", ")}.`);
  }
  return values as PolicyId[];
}
