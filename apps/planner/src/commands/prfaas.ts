import {
  POLICY_IDS,
  generateWorkload,
  getPreset,
  modelPolicies,
  presetSimulationConfig,
  presetWorkload,
  resolvePreset,
  simulate,
  type PolicyId,
  type ServiceTimeMode,
  type SimulationConfig,
  type Slo,
} from "@modelsys/prfaas";

import type { CliIo } from "../io.js";
import { formatFigure, formatTable, type Align } from "../table.js";
import { UsageError } from "../usage-error.js";
import { formatPrfaasJson } from "./prfaas-json.js";
import { withLinkGbps } from "./prfaas-link.js";
import { formatThreshold, isStableRun } from "./prfaas-notes.js";

/** Alignment of a table whose first `left` columns hold text and the rest numbers. */
function alignment(columns: number, left: number): Align[] {
  return Array.from({ length: columns }, (_, index) => (index < left ? "left" : "right"));
}

/** Options of `planner prfaas model`. */
export interface PrfaasModelOptions {
  preset: string;
  serviceTime: ServiceTimeMode;
  point: "search-threshold" | "search-all" | "fixed";
  /** Cross-datacenter link rate in Gbit/s; null keeps the preset's. */
  linkGbps: number | null;
  json: boolean;
}

/** Prints the analytical model's maximum sustainable rate of the three analytical policies. */
export function runPrfaasModel(options: PrfaasModelOptions, io: CliIo): void {
  const resolved = withLinkGbps(resolvePreset(getPreset(options.preset)), options.linkGbps);
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
    io.stdout(formatPrfaasJson(rows));
    return;
  }
  const link = options.linkGbps === null ? "" : `, link ${options.linkGbps} Gbit/s`;
  io.stdout(`Preset ${options.preset}, service time ${options.serviceTime}, PrfaaS point ${options.point}${link}\n\n`);
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

/** Options of `planner prfaas sweep`. */
export interface PrfaasSweepOptions {
  preset: string;
  over: "rate" | "threshold" | "bandwidth";
  values: number[];
  policies: PolicyId[];
  ratePerSecond: number | null;
  /** Cross-datacenter link rate in Gbit/s of rate and threshold sweeps; null keeps the preset's. */
  linkGbps: number | null;
  requests: number;
  seed: number;
  /** Run the `prfaas` control loop, which moves the threshold away from each swept value. */
  controlLoop: boolean;
  slo: Slo;
  json: boolean;
}

/** One run of a sweep; `value` is the swept parameter's value. */
interface SweepRow {
  value: number;
  policy: PolicyId;
  ratePerSecond: number;
  /** Whether the `prfaas` control loop moved the threshold, as `simulate --json` reports it. */
  controlLoop: boolean;
  throughputRequestsPerSecond: number;
  /** Null without an SLO, where goodput would only repeat throughput. */
  goodputRequestsPerSecond: number | null;
  sloAttainment: number | null;
  offloadShare: number;
  /** The threshold in force: time-weighted mean and final value, null for policies without one. */
  thresholdMeanTokens: number | null;
  thresholdFinalTokens: number | null;
  ttftP50Ms: number | null;
  ttftP99Ms: number | null;
  linkUtilisation: number;
  stable: boolean;
}

/** Runs the simulator over a list of arrival rates, thresholds or link bandwidths. */
export function runPrfaasSweep(options: PrfaasSweepOptions, io: CliIo): void {
  const resolved = withLinkGbps(resolvePreset(getPreset(options.preset)), options.linkGbps);
  const baseRate = options.ratePerSecond ?? modelPolicies(resolved).find((entry) => entry.policy === "prfaas")!.maxRequestsPerSecond * 0.8;
  const rows: SweepRow[] = [];
  for (const value of options.values) {
    for (const policy of options.policies) {
      const rate = options.over === "rate" ? value : baseRate;
      const base = presetSimulationConfig(resolved, policy, { seed: options.seed, slo: options.slo, ...(options.controlLoop ? {} : { controlLoop: false }) });
      const config: SimulationConfig = {
        ...base,
        ...(options.over === "threshold" ? { thresholdTokens: value } : {}),
        ...(options.over === "bandwidth" ? { link: { ...base.link, gbps: value } } : {}),
      };
      const metrics = simulate(config, generateWorkload(presetWorkload(resolved, rate, options.requests), options.seed)).metrics;
      rows.push({
        value,
        policy,
        ratePerSecond: rate,
        controlLoop: options.controlLoop,
        throughputRequestsPerSecond: metrics.throughputRequestsPerSecond,
        goodputRequestsPerSecond: metrics.goodput?.requestsPerSecond ?? null,
        sloAttainment: metrics.goodput?.attainment ?? null,
        offloadShare: metrics.offloadShare,
        thresholdMeanTokens: metrics.threshold?.meanTokens ?? null,
        thresholdFinalTokens: metrics.threshold?.finalTokens ?? null,
        ttftP50Ms: metrics.ttftFirstTokenMs?.p50 ?? null,
        ttftP99Ms: metrics.ttftFirstTokenMs?.p99 ?? null,
        linkUtilisation: metrics.link.meanUtilisation,
        stable: isStableRun(metrics),
      });
    }
  }
  if (options.json) {
    const output = rows.map(({ value, ...row }) => ({ [options.over]: value, ...row }));
    io.stdout(formatPrfaasJson(output));
    return;
  }
  printSweepTable(rows, options, io);
}

function printSweepTable(rows: readonly SweepRow[], options: PrfaasSweepOptions, io: CliIo): void {
  const withSlo = rows.some((row) => row.goodputRequestsPerSecond !== null);
  const header = [options.over, "policy", "rate req/s", "throughput req/s"];
  if (withSlo) header.push("goodput req/s", "SLO met");
  header.push("offloaded", "t mean", "t final", "TTFT p50 ms", "TTFT p99 ms", "link util", "stable");
  const tokens = (value: number | null) => (value === null ? "—" : formatThreshold(Math.round(value)));
  const ms = (value: number | null) => (value === null ? "—" : value.toFixed(0));
  const table = rows.map((row) => {
    const cells = [String(row.value), row.policy, formatFigure(row.ratePerSecond, 3), formatFigure(row.throughputRequestsPerSecond, 3)];
    if (withSlo) cells.push(formatFigure(row.goodputRequestsPerSecond!, 3), `${(row.sloAttainment! * 100).toFixed(1)} %`);
    cells.push(
      `${(row.offloadShare * 100).toFixed(1)} %`,
      tokens(row.thresholdMeanTokens),
      tokens(row.thresholdFinalTokens),
      ms(row.ttftP50Ms),
      ms(row.ttftP99Ms),
      `${(row.linkUtilisation * 100).toFixed(1)} %`,
      row.stable ? "yes" : "no",
    );
    return cells;
  });
  io.stdout(`${formatTable(header, table, alignment(header.length, 2))}\n`);
  const loop = options.controlLoop
    ? "Control loop on: prfaas moves t from its starting value, so t mean and t final (tokens) show the threshold in force."
    : "Control loop off: prfaas holds t fixed for the whole run.";
  io.stdout(`\n${loop} Throughput counts finished requests from the first arrival to the last completion.\n`);
}

/** Expands `--policy all` and checks each id; a policy given twice is rejected. */
export function parsePolicies(values: readonly string[], allowed: readonly string[] = POLICY_IDS): PolicyId[] {
  if (values.length === 1 && values[0] === "all") return [...allowed] as PolicyId[];
  values.forEach((value, index) => {
    if (value === "all") throw new UsageError(`Invalid --policy "${values.join(",")}": all selects every policy, so pass it alone.`);
    if (!allowed.includes(value)) throw new UsageError(`Invalid --policy "${value}": expected all or one of ${allowed.join(", ")}.`);
    if (values.indexOf(value) !== index) throw new UsageError(`Invalid --policy "${values.join(",")}": ${value} is given twice. Give each policy once.`);
  });
  return values as PolicyId[];
}
