import { ANALYTICAL_POLICY_IDS, type PolicyId, type Slo } from "@modelsys/prfaas";
import { Option, type Command } from "commander";

import type { CliIo } from "../io.js";
import { parseChoice, parseNonNegativeNumber, parsePositiveInteger, parsePositiveNumber, splitRequiredList } from "../parse-options.js";
import { UsageError } from "../usage-error.js";
import {
  checkArrivalSpan,
  checkSweepValueCount,
  MAX_FULL_LOG_REQUESTS,
  MAX_LINK_GBPS,
  MAX_SUMMARY_LOG_REQUESTS,
  MAX_SWEEP_VALUES,
  MIN_LINK_GBPS,
  parseLinkGbps,
  parseRequestCount,
} from "./prfaas-limits.js";
import { parsePolicies, runPrfaasModel, runPrfaasSweep } from "./prfaas.js";
import { runPrfaasSimulate } from "./prfaas-simulate.js";

const collect = (value: string, previous: string[] = []) => [...previous, value];

function parseSlo(flags: Record<string, unknown>): Slo {
  const slo: Slo = {};
  if (flags["ttftSloMs"] !== undefined) slo.ttftMs = parsePositiveNumber("--ttft-slo-ms", flags["ttftSloMs"] as string);
  if (flags["tpotSloMs"] !== undefined) slo.tpotMs = parsePositiveNumber("--tpot-slo-ms", flags["tpotSloMs"] as string);
  if (flags["e2eSloMs"] !== undefined) slo.e2eMs = parsePositiveNumber("--e2e-slo-ms", flags["e2eSloMs"] as string);
  return slo;
}

function parseSeed(value: string): number {
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`Invalid --seed "${value}": expected a non-negative whole number up to ${Number.MAX_SAFE_INTEGER}, such as 1.`);
  }
  return Number(value);
}

/**
 * Parses a sweep's `--values` by the parameter swept. A threshold is a whole number of tokens, as
 * `--threshold` is. A rate is checked against the arrival span of `requests`, and a bandwidth
 * against the range of `--link-gbps`.
 */
function parseSweepValues(over: "rate" | "threshold" | "bandwidth", list: string, requests: number): number[] {
  const items = splitRequiredList("--values", [list]);
  checkSweepValueCount(items);
  const values = items.map((value) => {
    if (over === "threshold") return parsePositiveInteger("--values", value);
    if (over === "bandwidth") return parseLinkGbps("--values", value);
    const rate = parsePositiveNumber("--values", value);
    checkArrivalSpan("--values", rate, requests);
    return rate;
  });
  checkDistinctValues(items, values);
  return values;
}

/** The prefix-cache flags of `simulate`, by commander's camel-case key, which only a trace with prefix hashes acts on. */
const PREFIX_FLAGS = [
  ["prefixCacheGb", "--prefix-cache-gb"],
  ["placement", "--placement"],
] as const;

/** Returns true when the option `name` (commander's camel-case key) came from the command line, not its default. */
function isOnCommandLine(command: Command, name: string): boolean {
  return command.getOptionValueSource(name) === "cli";
}

/**
 * Rejects simulate flags that the workload would leave without effect: --requests and --rate size
 * the synthetic workload, while --format and --spread-ties read a trace, and --prefix-cache-gb and
 * --placement act on a cache that only a trace's prefix hashes fill.
 */
function checkWorkloadFlags(command: Command, trace: string | undefined): void {
  if (trace !== undefined) {
    const ignored = ["requests", "rate"].filter((name) => isOnCommandLine(command, name)).map((name) => `--${name}`);
    if (ignored.length > 0) {
      const flags = ignored.join(" and ");
      throw new UsageError(`${flags} ${ignored.length === 1 ? "sizes" : "size"} the synthetic workload, but --trace replays the trace's own requests and arrivals: drop ${flags}, or drop --trace.`);
    }
  } else if (isOnCommandLine(command, "spreadTies")) {
    throw new UsageError("--spread-ties spreads the tied timestamps of a trace: pass it with --trace, or drop it.");
  } else if (isOnCommandLine(command, "format")) {
    throw new UsageError("--format names the format of a trace file: pass it with --trace, or drop it.");
  } else if (isOnCommandLine(command, "prefixCacheGb")) {
    throw new UsageError(
      "--prefix-cache-gb limits the prefix cache, which only a trace with prefix hashes (Mooncake JSONL) fills: the synthetic workload shares no prefixes. Pass it with --trace, or drop it.",
    );
  } else if (isOnCommandLine(command, "placement")) {
    throw new UsageError(
      "--placement places cached prefixes, which only a trace with prefix hashes (Mooncake JSONL) has: the synthetic workload shares no prefixes. Pass it with --trace, or drop it.",
    );
  }
}

/**
 * Rejects flags that set the offload threshold, its control loop or the prefix placement when no
 * chosen policy has them: only `prfaas` offloads by a threshold, so they would change nothing. `flags` pairs each
 * flag with whether it was given.
 */
function checkThresholdFlags(policies: readonly PolicyId[], flags: readonly (readonly [string, boolean])[]): void {
  if (policies.includes("prfaas")) return;
  const given = flags.filter(([, present]) => present).map(([flag]) => flag);
  if (given.length === 0) return;
  throw new UsageError(`${given.join(" and ")} ${given.length === 1 ? "applies" : "apply"} to the prfaas policy only, and --policy ${policies.join(",")} leaves it out: add prfaas to --policy, or drop ${given.join(" and ")}.`);
}

/** Rejects a sweep value given twice, which would repeat the same runs. */
function checkDistinctValues(items: readonly string[], values: readonly number[]): void {
  const repeated = values.findIndex((value, index) => values.indexOf(value) !== index);
  if (repeated !== -1) {
    throw new UsageError(`Invalid --values "${items.join(",")}": ${items[repeated]} is given twice. Give each value once.`);
  }
}

function controlLoopOption(defaultText: string): Option {
  return new Option("--control-loop <on|off>", `run the prfaas control loop, which moves the threshold t with link utilisation and queues (default: ${defaultText})`).choices(["on", "off"]);
}

function addSloOptions(command: Command): Command {
  return command
    .option("--ttft-slo-ms <ms>", "TTFT SLO for goodput, in ms (arrival to first token)")
    .option("--tpot-slo-ms <ms>", "TPOT SLO for goodput, in ms")
    .option("--e2e-slo-ms <ms>", "end-to-end latency SLO for goodput, in ms");
}

/** Adds `planner prfaas model|simulate|sweep` to the program. */
export function registerPrfaasCommand(program: Command, io: CliIo): void {
  const prfaas = program
    .command("prfaas")
    .description("Prefill-as-a-Service: offload long prefills to another datacenter (arXiv:2604.15039). Analytical model and discrete-event simulator.");

  prfaas
    .command("model")
    .description("Maximum sustainable request rate of homogeneous-pd, naive-heterogeneous and prfaas from the closed-form throughput model.")
    .option("--preset <id>", "preset id", "case-study")
    .addOption(new Option("--service-time <mode>", "T_prefill at each path's mean length (paper) or the mean of T_prefill over its lengths").choices(["at-mean-length", "mean-of-service"]).default("at-mean-length"))
    .addOption(new Option("--point <mode>", "prfaas operating point: search t at the preset's split, search t and the split, or the preset's fixed t").choices(["search-threshold", "search-all", "fixed"]).default("search-threshold"))
    .option("--link-gbps <gbps>", `cross-datacenter link rate in Gbit/s, from ${MIN_LINK_GBPS} to ${MAX_LINK_GBPS.toLocaleString("en-US")}, which sets the network cap of PrfaaS (default: the preset's)`)
    .option("--json", "print a JSON array with one object per policy (policy, maxRequestsPerSecond, …)")
    .action((flags: Record<string, unknown>) =>
      runPrfaasModel(
        {
          preset: flags["preset"] as string,
          serviceTime: parseChoice("--service-time", flags["serviceTime"] as string, ["at-mean-length", "mean-of-service"] as const),
          point: parseChoice("--point", flags["point"] as string, ["search-threshold", "search-all", "fixed"] as const),
          linkGbps: flags["linkGbps"] === undefined ? null : parseLinkGbps("--link-gbps", flags["linkGbps"] as string),
          json: flags["json"] === true,
        },
        io,
      ),
    );

  addSloOptions(
    prfaas
      .command("simulate")
      .description("Simulate a preset's deployment on its synthetic workload or on a trace, per policy.")
      .option("--preset <id>", "preset id", "case-study")
      .option("--trace <file>", "replay a Mooncake JSONL, Azure CSV or BurstGPT CSV trace, plain or gzip-compressed, instead of the synthetic workload")
      .addOption(new Option("--format <format>", "trace format (with --trace only)").choices(["auto", "mooncake", "azure", "burstgpt"]).default("auto"))
      .option("--spread-ties", "move each request uniformly into the gap to the next distinct timestamp, for a trace on a coarse time grid; a request alone at its timestamp moves too (seeded; with --trace only)")
      .option("--policy <id|all>", "homogeneous-pd, naive-heterogeneous, prfaas, mooncake-ttft or all; repeatable or comma-separated (default: all)", collect)
      .option("--rate <req/s>", "Poisson arrival rate of the synthetic workload, without --trace (default: 80 % of the model's prfaas rate at --link-gbps and --threshold)")
      .option("--requests <n>", `synthetic requests, without --trace: at most ${MAX_FULL_LOG_REQUESTS.toLocaleString("en-US")}, or ${MAX_SUMMARY_LOG_REQUESTS.toLocaleString("en-US")} with --request-log summary`, "20000")
      .option("--seed <n>", "seed of the workload, tie spreading and link noise", "1")
      .option("--threshold <tokens>", "offload threshold t of prfaas in tokens: the control loop's starting value, or fixed with --control-loop off (default: the preset's)")
      .addOption(controlLoopOption("on"))
      .addOption(
        new Option(
          "--placement <mode>",
          "prefix placement of prfaas: bandwidth-scarce counts each cluster's cache for itself; bandwidth-plentiful uses the longer of the two prefixes and copies it over the link; with a Mooncake --trace only",
        )
          .choices(["bandwidth-scarce", "bandwidth-plentiful"])
          .default("bandwidth-scarce"),
      )
      .option("--link-gbps <gbps>", `cross-datacenter link rate in Gbit/s, from ${MIN_LINK_GBPS} to ${MAX_LINK_GBPS.toLocaleString("en-US")} (default: the preset's)`)
      .option("--prefix-cache-gb <GB>", "capacity of each cluster's prefix cache in GB (10^9 bytes), evicting least recently used blocks; 0 turns the cache off; with a Mooncake --trace only (default: unlimited)")
      .option("--json", "print JSON: per policy the resolved configuration and the metrics")
      .option("--plot <file.svg>", "write TTFT CDFs and link utilisation over time as SVG")
      .addOption(
        new Option("--request-log <mode>", "full: keep every request, exact percentiles; summary: fixed memory, percentiles within 1 % relative error")
          .choices(["full", "summary"])
          .default("full"),
      ),
  ).action(async (flags: Record<string, unknown>, command: Command) => {
    const trace = flags["trace"] as string | undefined;
    checkWorkloadFlags(command, trace);
    const requestLog = parseChoice("--request-log", flags["requestLog"] as string, ["full", "summary"] as const);
    const requests = parseRequestCount(flags["requests"] as string, requestLog);
    const ratePerSecond = flags["rate"] === undefined ? null : parsePositiveNumber("--rate", flags["rate"] as string);
    if (ratePerSecond !== null) checkArrivalSpan("--rate", ratePerSecond, requests);
    const policies = parsePolicies(flags["policy"] === undefined ? ["all"] : splitRequiredList("--policy", flags["policy"] as string[]));
    checkThresholdFlags(policies, [
      ["--threshold", flags["threshold"] !== undefined],
      ["--control-loop", flags["controlLoop"] !== undefined],
      ["--placement", isOnCommandLine(command, "placement")],
    ]);
    await runPrfaasSimulate(
      {
        preset: flags["preset"] as string,
        trace:
          trace === undefined
            ? null
            : { path: trace, format: parseChoice("--format", flags["format"] as string, ["auto", "mooncake", "azure", "burstgpt"] as const), spreadTies: flags["spreadTies"] === true },
        policies,
        ratePerSecond,
        requests,
        seed: parseSeed(flags["seed"] as string),
        thresholdTokens: flags["threshold"] === undefined ? null : parsePositiveInteger("--threshold", flags["threshold"] as string),
        linkGbps: flags["linkGbps"] === undefined ? null : parseLinkGbps("--link-gbps", flags["linkGbps"] as string),
        prefixCacheGb: flags["prefixCacheGb"] === undefined ? null : parseNonNegativeNumber("--prefix-cache-gb", flags["prefixCacheGb"] as string),
        controlLoop: (flags["controlLoop"] ?? "on") === "on",
        placement: parseChoice("--placement", flags["placement"] as string, ["bandwidth-scarce", "bandwidth-plentiful"] as const),
        prefixFlags: PREFIX_FLAGS.filter(([name]) => isOnCommandLine(command, name)).map(([, flag]) => flag),
        slo: parseSlo(flags),
        json: flags["json"] === true,
        plot: (flags["plot"] as string | undefined) ?? null,
        requestLog,
      },
      io,
    );
  });

  addSloOptions(
    prfaas
      .command("sweep")
      .description("Simulate a preset over arrival rates, thresholds or link bandwidths.")
      .option("--preset <id>", "preset id", "case-study")
      .addOption(new Option("--over <parameter>", "what to sweep: rate (req/s), threshold (tokens) or bandwidth (Gbit/s) (required)").choices(["rate", "threshold", "bandwidth"]).makeOptionMandatory())
      .requiredOption("--values <list>", `comma-separated values of the swept parameter, each once, at most ${MAX_SWEEP_VALUES} (required)`)
      .option("--policy <id|all>", "policies; repeatable or comma-separated (default: prfaas)", collect)
      .option("--rate <req/s>", "arrival rate when sweeping threshold or bandwidth (default: 80 % of the model's prfaas rate at --link-gbps)")
      .option("--link-gbps <gbps>", `cross-datacenter link rate in Gbit/s when sweeping rate or threshold, from ${MIN_LINK_GBPS} to ${MAX_LINK_GBPS.toLocaleString("en-US")} (default: the preset's)`)
      .option("--requests <n>", `requests per run, at most ${MAX_FULL_LOG_REQUESTS.toLocaleString("en-US")}`, "20000")
      .option("--seed <n>", "seed", "1")
      .addOption(controlLoopOption("off with --over threshold, so t holds each swept value; on otherwise"))
      .option("--json", "print a JSON array with one object per run"),
  ).action((flags: Record<string, unknown>) => {
    if (flags["over"] === "rate" && flags["rate"] !== undefined) {
      throw new UsageError("--rate sets the arrival rate of threshold and bandwidth sweeps, but --over rate takes its rates from --values: drop --rate.");
    }
    if (flags["over"] === "bandwidth" && flags["linkGbps"] !== undefined) {
      throw new UsageError("--link-gbps sets the link rate of rate and threshold sweeps, but --over bandwidth takes its link rates from --values: drop --link-gbps.");
    }
    const over = parseChoice("--over", flags["over"] as string, ["rate", "threshold", "bandwidth"] as const);
    const requests = parseRequestCount(flags["requests"] as string, "full");
    const values = parseSweepValues(over, flags["values"] as string, requests);
    const ratePerSecond = flags["rate"] === undefined ? null : parsePositiveNumber("--rate", flags["rate"] as string);
    if (ratePerSecond !== null) checkArrivalSpan("--rate", ratePerSecond, requests);
    const policies = parsePolicies(flags["policy"] === undefined ? ["prfaas"] : splitRequiredList("--policy", flags["policy"] as string[]));
    if (over === "threshold" && !policies.includes("prfaas")) {
      throw new UsageError(`--over threshold sweeps the offload threshold of the prfaas policy, and --policy ${policies.join(",")} leaves it out: add prfaas to --policy, or sweep rate or bandwidth.`);
    }
    checkThresholdFlags(policies, [["--control-loop", flags["controlLoop"] !== undefined]]);
    return runPrfaasSweep(
      {
        preset: flags["preset"] as string,
        over,
        values,
        policies,
        ratePerSecond,
        linkGbps: flags["linkGbps"] === undefined ? null : parseLinkGbps("--link-gbps", flags["linkGbps"] as string),
        requests,
        seed: parseSeed(flags["seed"] as string),
        controlLoop: (flags["controlLoop"] ?? (flags["over"] === "threshold" ? "off" : "on")) === "on",
        slo: parseSlo(flags),
        json: flags["json"] === true,
      },
      io,
    );
  });

  // Keep the analytical policy list in the help text in step with the library.
  prfaas.addHelpText("after", `\nAnalytical policies: ${ANALYTICAL_POLICY_IDS.join(", ")}; mooncake-ttft runs in the simulator only.`);
}
