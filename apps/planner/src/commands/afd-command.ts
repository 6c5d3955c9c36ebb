import { MAX_INSTANCES, MAX_TPOT_MS } from "@modelsys/afd";
import { Option, type Command } from "commander";

import type { CliIo } from "../io.js";
import {
  commandLineWords,
  parseChoice,
  parseContextDistribution,
  parseElementTypeFlag,
  parseFraction,
  parseNicBandwidths,
  parsePositiveInteger,
  parsePositiveNumber,
  parsePrices,
  parseSingleModel,
  rejectRepeatedFlags,
} from "../parse-options.js";
import { UsageError } from "../usage-error.js";
import { runAfd } from "./afd.js";

function parseTpotMs(flag: string, value: string): number {
  const tpotMs = parsePositiveNumber(flag, value);
  if (tpotMs > MAX_TPOT_MS) throw new UsageError(`Invalid ${flag} "${value}": the maximum is ${MAX_TPOT_MS.toLocaleString("en-US")} ms.`);
  return tpotMs;
}

function parseMaxInstances(value: string): number {
  const instances = parsePositiveInteger("--max-instances", value);
  if (instances > MAX_INSTANCES) throw new UsageError(`Invalid --max-instances "${value}": the maximum is ${MAX_INSTANCES}.`);
  return instances;
}

/** Adds `planner afd` to the program. */
export function registerAfdCommand(program: Command, io: CliIo): void {
  program
    .command("afd")
    .description(
      "Plan attention-FFN disaggregation: attention and FFN instance counts, micro-batches and network under a TPOT target (Step-3 report, arXiv 2507.19427).",
    )
    .requiredOption("--model <id or config.json>", "built-in model id or path to a Hugging Face config.json (required)")
    .option("--attention-hardware <id>", "accelerator of the attention instances", "h800")
    .option("--ffn-hardware <id>", "accelerator of the FFN instances", "h800")
    .option("--tpot-ms <ms>", `target time per output token in milliseconds, at most ${MAX_TPOT_MS.toLocaleString("en-US")}`, "50")
    .option(
      "--context <tokens>",
      "average context length in tokens, such as 4096 or 4K, or a distribution of tokens:weight pairs with relative weights, such as 2K:0.3,8K:0.7",
      "4096",
    )
    .option("--gpus-per-instance <n>", "GPUs per attention or FFN instance, at most one server's cards (default: one server's cards)")
    .addOption(
      new Option(
        "--attention-dtype <type>",
        "element type of attention compute (default: fp8); when given, also of the KV cache unless --kv-dtype is given",
      ).choices(["fp8", "bf16"]),
    )
    .addOption(
      new Option("--kv-dtype <type>", "element type of the KV cache (default: --attention-dtype when given, else the model family's types)").choices([
        "fp8",
        "bf16",
      ]),
    )
    .addOption(
      new Option(
        "--state-dtype <type>",
        "element type of linear-attention states, which --attention-dtype and --kv-dtype leave alone (default: the model family's, fp32)",
      ).choices(["fp32", "bf16", "fp16", "fp8"]),
    )
    .addOption(
      new Option(
        "--ffn-dtype <type>",
        "element type of FFN weights and compute (default: fp8); when given, also of the routed experts, which otherwise keep the model's stored format, such as MXFP4 in gpt-oss",
      ).choices(["fp8", "bf16"]),
    )
    .addOption(new Option("--stages <n>", "pipeline stages: 3 (attention, communication, FFN) or 4 (each leg apart)").choices(["3", "4"]).default("3"))
    .option("--flop-efficiency <fraction>", "achievable fraction of peak FLOP/s (default 0.6, a calibration choice)")
    .option("--hbm-efficiency <fraction>", "achievable fraction of HBM bandwidth (default 0.5, the Step-3 report's figure for L20, a calibration choice for other cards)")
    .option("--nic-efficiency <fraction>", "achievable fraction of NIC line rate (default 0.403, StepMesh's measured 161.3 of 400 Gbps)")
    .option(
      "--nic-gbps <Gbit/s>",
      "NIC bandwidth per server in Gbit/s, for every server of the plan (such as 1600) or one accelerator (such as l20=800), which wins over the plan-wide value; repeatable",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .addOption(new Option("--comm-overlap <mode>", "communication legs one after the other or full duplex").choices(["sum", "duplex"]).default("sum"))
    .option("--memory-fraction <fraction>", "fraction of each GPU's HBM that weights and KV cache may fill, in the plans and the baseline (default 0.9)")
    .option("--baseline-gpus <n>", "GPUs of the co-located baseline (default 128, DeepSeek-V3's published decode deployment)")
    .option("--max-instances <n>", `largest attention and FFN instance counts searched, at most ${MAX_INSTANCES}`, "8")
    .option("--measured-tpot-ms <ms>", `a measured TPOT in milliseconds, at most ${MAX_TPOT_MS.toLocaleString("en-US")}, to also report tokens/s per GPU at it`)
    .option("--price <id=USD>", "price of an accelerator in USD per card-hour, such as h100=2.5; repeatable", (value: string, previous: string[] = []) => [...previous, value])
    .option("--top <n>", "plans to print", "5")
    .option("--json", "print machine-readable JSON")
    .option("--explain", "show the per-stage budget of the best plan")
    // Commander suggests --top for --tpot because it is the nearest name, so this hidden option points to --tpot-ms.
    .addOption(new Option("--tpot <ms>").hideHelp())
    .action((flags: Record<string, string | boolean | string[] | undefined>, command: Command) => {
      if (flags["tpot"] !== undefined) {
        throw new UsageError(`Invalid option --tpot: the TPOT target is --tpot-ms, in milliseconds. Use --tpot-ms ${String(flags["tpot"])}.`);
      }
      // --nic-gbps and --price repeat by design; every other flag takes one value.
      const repeatable = new Set(["--nic-gbps", "--price"]);
      const singleFlags = command.options.map((option) => option.long).filter((long): long is string => long !== undefined && !repeatable.has(long));
      rejectRepeatedFlags(commandLineWords(command), singleFlags);

      const optionalInteger = (flag: string, key: string) =>
        flags[key] === undefined ? undefined : parsePositiveInteger(flag, flags[key] as string);
      const optionalFraction = (flag: string, key: string) =>
        flags[key] === undefined ? undefined : parseFraction(flag, flags[key] as string);
      if (flags["json"] === true && flags["explain"] === true) {
        throw new UsageError("Invalid --explain with --json: the JSON already contains each plan's per-stage budget (plans[].layerStages and stageBudgetPerLayerUs). Drop --explain.");
      }
      if (flags["stages"] === "4" && flags["commOverlap"] === "duplex") {
        throw new UsageError('Invalid --comm-overlap "duplex" with --stages 4: each leg has its own stage there. Drop --comm-overlap, or use --stages 3.');
      }

      runAfd(
        {
          model: parseSingleModel("afd", flags["model"] as string, io.fileExists),
          attentionHardware: flags["attentionHardware"] as string,
          ffnHardware: flags["ffnHardware"] as string,
          prices: parsePrices((flags["price"] as string[] | undefined) ?? []),
          tpotMs: parseTpotMs("--tpot-ms", flags["tpotMs"] as string),
          context: parseContextDistribution(flags["context"] as string),
          gpusPerInstance: optionalInteger("--gpus-per-instance", "gpusPerInstance"),
          nicBandwidths: parseNicBandwidths((flags["nicGbps"] as string[] | undefined) ?? []),
          attentionElementType: parseElementTypeFlag("--attention-dtype", flags["attentionDtype"] as string | undefined),
          kvElementType: parseElementTypeFlag("--kv-dtype", flags["kvDtype"] as string | undefined),
          stateElementType: parseElementTypeFlag("--state-dtype", flags["stateDtype"] as string | undefined),
          ffnElementType: parseElementTypeFlag("--ffn-dtype", flags["ffnDtype"] as string | undefined),
          stages: Number(parseChoice("--stages", flags["stages"] as string, ["3", "4"] as const)) as 3 | 4,
          flopEfficiency: optionalFraction("--flop-efficiency", "flopEfficiency"),
          hbmEfficiency: optionalFraction("--hbm-efficiency", "hbmEfficiency"),
          nicEfficiency: optionalFraction("--nic-efficiency", "nicEfficiency"),
          memoryFraction: optionalFraction("--memory-fraction", "memoryFraction"),
          baselineGpus: optionalInteger("--baseline-gpus", "baselineGpus"),
          commOverlap: parseChoice("--comm-overlap", flags["commOverlap"] as string, ["sum", "duplex"] as const),
          maxInstances: parseMaxInstances(flags["maxInstances"] as string),
          measuredTpotMs:
            flags["measuredTpotMs"] === undefined ? undefined : parseTpotMs("--measured-tpot-ms", flags["measuredTpotMs"] as string),
          top: parsePositiveInteger("--top", flags["top"] as string),
          json: flags["json"] === true,
          explain: flags["explain"] === true,
        },
        io,
      );
    });
}
