import {
  generateWorkload,
  getPreset,
  modelPolicies,
  presetSimulationConfig,
  presetWorkload,
  resolvePreset,
  simulate,
  spreadTiedArrivalsLazily,
  type Placement,
  type PolicyId,
  type ResolvedPreset,
  type SimulationConfig,
  type SimulationResult,
  type Slo,
  type SummarySimulationResult,
  type TraceFormat,
  type WorkloadRequest,
} from "@modelsys/prfaas";
import { SingleBar } from "cli-progress";

import type { CliIo } from "../io.js";
import { formatFigure, formatTable, type Align } from "../table.js";
import { UsageError } from "../usage-error.js";
import { formatPrfaasJson } from "./prfaas-json.js";
import { withLinkGbps } from "./prfaas-link.js";
import { extrapolationNote, instabilityNote, isStableRun, reverseLinkNote, thresholdBoundNote, thresholdNote } from "./prfaas-notes.js";
import { renderSimulationPlot } from "./prfaas-plot.js";
import { checkPlotPath, writePlotFile } from "./prfaas-plot-file.js";
import { openTraceFile } from "./prfaas-trace-file.js";

/** Options of `planner prfaas simulate`. */
export interface PrfaasSimulateOptions {
  preset: string;
  trace: { path: string; format: TraceFormat | "auto"; spreadTies: boolean } | null;
  policies: PolicyId[];
  ratePerSecond: number | null;
  requests: number;
  seed: number;
  /** Threshold t of `prfaas` in tokens: fixed with `controlLoop` false, else the loop's starting t₀. */
  thresholdTokens: number | null;
  linkGbps: number | null;
  /** Capacity of each cluster's prefix cache in GB (10^9 bytes); null keeps the preset's (unlimited). */
  prefixCacheGb: number | null;
  /** Run the `prfaas` short-timescale control loop, which moves the threshold. */
  controlLoop: boolean;
  /** Prefix placement of `prfaas`. The other policies keep their own. */
  placement: Placement;
  /** The prefix-cache flags given on the command line (`--prefix-cache-gb`, `--placement`), which only a trace with prefix hashes acts on. */
  prefixFlags: string[];
  slo: Slo;
  json: boolean;
  plot: string | null;
  /** `full` keeps every request for exact percentiles, and `summary` keeps fixed-size sketches within 1 % relative error. */
  requestLog: "full" | "summary";
}

/** The requests every policy runs on, and how to describe them. */
interface SimulationWorkload {
  /** Returns the requests again for each run, lazily. */
  requests: () => Iterable<WorkloadRequest>;
  total: number;
  source: string;
}

type Run = { policy: PolicyId; result: SimulationResult | SummarySimulationResult };

/**
 * Runs the simulator once per policy and prints metrics or JSON, then writes the SVG plot. The
 * plot path and the trace are checked before any simulation, and the results are printed before
 * the plot is written, so a failed write loses no results.
 */
export async function runPrfaasSimulate(options: PrfaasSimulateOptions, io: CliIo): Promise<void> {
  if (options.requestLog === "summary" && options.plot !== null) {
    throw new UsageError("--plot needs every request's TTFT, which --request-log summary drops: pass only one of them.");
  }
  if (options.plot !== null) checkPlotPath(options.plot);
  const resolved = resolvePreset(getPreset(options.preset));
  const workload = simulationWorkload(options, resolved);
  const runs = options.policies.map((policy): Run => ({ policy, result: runPolicy(policy, options, resolved, workload) }));

  if (options.json) printJson(runs, workload.source, io);
  else printTable(runs, options, workload.source, io);

  if (options.plot !== null) {
    const fullRuns = runs.filter((run): run is { policy: PolicyId; result: SimulationResult } => run.result.log !== null);
    writePlotFile(options.plot, await renderSimulationPlot(fullRuns));
    io.stderr(`Wrote ${options.plot}\n`);
  }
}

/** Opens the trace (checking every row) or describes the synthetic workload. */
function simulationWorkload(options: PrfaasSimulateOptions, resolved: ResolvedPreset): SimulationWorkload {
  if (options.trace !== null) {
    const { path, spreadTies } = options.trace;
    const { trace, requests } = openTraceFile(path, options.trace.format);
    rejectPrefixFlagsWithoutHashes(options.prefixFlags, path, trace.format);
    const skipped = trace.skipped === null ? "" : `, ${trace.skipped.rows} skipped: ${trace.skipped.reason}`;
    return {
      requests: () => (spreadTies ? spreadTiedArrivalsLazily(trace, options.seed) : trace),
      total: requests,
      source: `trace ${path} (${trace.format}, ${requests} ${requests === 1 ? "request" : "requests"}${skipped}${spreadTies ? ", ties spread" : ""})`,
    };
  }
  const rate = options.ratePerSecond ?? modelledPrfaasRate(resolved, options) * 0.8;
  const workload = presetWorkload(resolved, rate, options.requests);
  return {
    requests: () => generateWorkload(workload, options.seed),
    total: options.requests,
    source: `synthetic ${options.requests} ${options.requests === 1 ? "request" : "requests"}, Poisson ${formatFigure(rate, 3)} req/s, seed ${options.seed}`,
  };
}

/** Display names of the trace formats without prefix hashes. */
const FORMATS_WITHOUT_HASHES: Partial<Record<TraceFormat, string>> = { azure: "an Azure CSV", burstgpt: "a BurstGPT CSV" };

/**
 * Rejects `--prefix-cache-gb` and `--placement` for a trace whose rows carry no prefix hashes, because
 * its requests share no cached prefixes and both flags would change nothing.
 */
function rejectPrefixFlagsWithoutHashes(flags: readonly string[], path: string, format: TraceFormat): void {
  const described = FORMATS_WITHOUT_HASHES[format];
  if (flags.length === 0 || described === undefined) return;
  const named = flags.join(" and ");
  throw new UsageError(
    `${named} ${flags.length === 1 ? "acts" : "act"} on cached prefixes, which only a trace with prefix hashes (Mooncake JSONL) has, and ${path} is ${described} trace without them: drop ${named}, or replay a Mooncake trace.`,
  );
}

/**
 * Returns the analytical Λ_max of `prfaas` at the link rate and starting threshold of the runs, so
 * that the default load fits the deployment simulated. The preset's own t is the model's optimum
 * only at the preset's link: at 5 Gbit/s the searched t is 31,200 tokens, while the runs start
 * from 19,400.
 */
function modelledPrfaasRate(resolved: ResolvedPreset, options: PrfaasSimulateOptions): number {
  const linked = withLinkGbps(resolved, options.linkGbps);
  const thresholdTokens = options.thresholdTokens ?? linked.preset.thresholdTokens;
  const point = { ...linked, preset: { ...linked.preset, thresholdTokens } };
  return modelPolicies(point, { prfaasPoint: "fixed" }).find((entry) => entry.policy === "prfaas")!.maxRequestsPerSecond;
}

/** Simulates one policy, with a progress bar on a terminal for long runs. */
function runPolicy(policy: PolicyId, options: PrfaasSimulateOptions, resolved: ResolvedPreset, workload: SimulationWorkload): SimulationResult | SummarySimulationResult {
  const overrides: Partial<SimulationConfig> = { seed: options.seed, slo: options.slo };
  if (options.thresholdTokens !== null) overrides.thresholdTokens = options.thresholdTokens;
  if (!options.controlLoop) overrides.controlLoop = false;
  if (policy === "prfaas") overrides.placement = options.placement;
  if (options.linkGbps !== null) overrides.link = { ...presetSimulationConfig(resolved, policy).link, gbps: options.linkGbps };
  if (options.prefixCacheGb !== null) overrides.cache = { ...presetSimulationConfig(resolved, policy).cache, capacityBytes: options.prefixCacheGb * 1e9 };
  const showProgress = workload.total >= 50_000 && process.stderr.isTTY === true && !options.json;
  const bar = showProgress ? new SingleBar({ format: `${policy} [{bar}] {value}/{total} requests`, stream: process.stderr }) : null;
  bar?.start(workload.total, 0);
  const config = presetSimulationConfig(resolved, policy, {
    ...overrides,
    ...(bar === null ? {} : { onProgress: (finished: number) => bar.update(finished), progressEvery: 5000 }),
  });
  const result = simulate(config, workload.requests(), { requestLog: options.requestLog });
  bar?.update(workload.total);
  bar?.stop();
  return result;
}

function printJson(runs: readonly Run[], source: string, io: CliIo): void {
  const output = runs.map(({ policy, result }) => ({
    policy,
    source,
    config: result.config,
    stable: isStableRun(result.metrics),
    metrics: { ...result.metrics, link: { ...result.metrics.link, egressGbps: undefined, utilisation: undefined } },
    linkTimeline: { bucketSeconds: result.metrics.link.bucketSeconds, egressGbps: result.metrics.link.egressGbps, utilisation: result.metrics.link.utilisation },
  }));
  io.stdout(formatPrfaasJson(output));
}

function printTable(runs: readonly Run[], options: PrfaasSimulateOptions, source: string, io: CliIo): void {
  const withSlo = Object.values(options.slo).some((value) => value !== undefined);
  const header = ["policy", "finished", "offloaded", "hit rate", "TTFT p50", "TTFT p90", "TTFT p99", "TTFT prefill p50", "TPOT p50", "TPOT p99", "E2E p50", "throughput req/s"];
  if (withSlo) header.push("goodput req/s", "SLO met");
  header.push("link util", "stable");

  const ms = (value: number | undefined) => (value === undefined ? "—" : value.toFixed(0));
  const rows = runs.map(({ policy, result }) => {
    const m = result.metrics;
    const row = [
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
      formatFigure(m.throughputRequestsPerSecond, 3),
    ];
    if (withSlo) row.push(m.goodput === null ? "—" : formatFigure(m.goodput.requestsPerSecond, 3), m.goodput === null ? "—" : `${(m.goodput.attainment * 100).toFixed(1)} %`);
    row.push(`${(m.link.meanUtilisation * 100).toFixed(1)} %`, isStableRun(m) ? "yes" : "no");
    return row;
  });

  io.stdout(`Preset ${options.preset}, ${source}\n\n`);
  io.stdout(`${formatTable(header, rows, header.map((_, index): Align => (index < 1 ? "left" : "right")))}\n`);
  const percentileNote =
    options.requestLog === "summary" ? " Percentiles are estimates within 1 % relative error, because --request-log summary keeps no per-request log." : "";
  io.stdout(
    "\nTimes in ms. TTFT is arrival to first token (includes the KV transfer); TTFT prefill ends when prefill completes. " +
      `Throughput counts finished requests from the first arrival to the last completion.${percentileNote}\n`,
  );
  const notes = runs.flatMap(({ policy, result }) => {
    const m = result.metrics;
    const lines = policy === "prfaas" && m.threshold !== null ? [thresholdNote(policy, m.threshold, options.controlLoop)] : [];
    const atBound = thresholdBoundNote(policy, m);
    if (atBound !== null) lines.push(atBound);
    const extrapolated = extrapolationNote(policy, m.profileExtrapolation);
    if (extrapolated !== null) lines.push(extrapolated);
    const unstable = instabilityNote(policy, m);
    if (unstable !== null) lines.push(unstable);
    if (m.link.reverseSentBytes > 0) lines.push(reverseLinkNote(policy, m));
    return lines;
  });
  if (notes.length > 0) io.stdout(`\n${notes.join("\n")}\n`);
}

