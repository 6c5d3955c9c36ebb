import type { Command } from "commander";

import type { CliIo } from "../io.js";
import {
  commandLineWords,
  parseContexts,
  parseElementTypeFlag,
  parseFraction,
  parsePositiveInteger,
  parsePrices,
  parseSingleModel,
  rejectRepeatedFlags,
  splitRequiredList,
} from "../parse-options.js";
import { UsageError } from "../usage-error.js";
import { runPrefill } from "./prefill.js";

/** GPUs of one prefill instance when `--gpus` is not given: one 8-card server. */
export const DEFAULT_PREFILL_GPUS = 8;

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** Parses `--tokens`: one or more prompt lengths of at least 1 token, such as `8K,32K`. */
export function parsePromptTokens(values: readonly string[]): number[] {
  return parseContexts(values, "--tokens").map((tokens) => {
    if (tokens < 1) throw new UsageError(`Invalid --tokens "${tokens}": expected at least 1 new token, such as 8192 or 8K.`);
    return tokens;
  });
}

/** Parses `--cached`: one whole number of tokens already in the cache, such as 0 or 32K. */
export function parseCachedTokens(value: string): number {
  if (value.includes(",")) throw new UsageError(`Invalid --cached "${value}": expected one whole number of tokens, such as 0 or 32K.`);
  return parseContexts([value], "--cached")[0]!;
}

/** Adds `planner prefill` to the program. */
export function registerPrefillCommand(program: Command, io: CliIo): void {
  program
    .command("prefill")
    .description(
      "Prefill time and cost of a prompt on one instance per accelerator: a roofline over the prompt's FLOPs and the bytes it reads and writes.",
    )
    .requiredOption("--model <id or config.json>", "built-in model id or path to a Hugging Face config.json (required)")
    .requiredOption("--tokens <tokens>", "new tokens to prefill, such as 8192 or 8K (8 × 1024); repeatable or comma-separated (required)", collect)
    .option("--cached <tokens>", "tokens already in the cache before them, such as a reused prefix", "0")
    .requiredOption("--hardware <ids>", "accelerator ids, such as h800,h20; repeatable or comma-separated (required)", collect)
    .option("--gpus <n>", "GPUs of one prefill instance, which share the work evenly", String(DEFAULT_PREFILL_GPUS))
    .option("--flop-efficiency <fraction>", "achieved fraction of the dense BF16 peak (a calibration choice)", "0.6")
    .option("--hbm-efficiency <fraction>", "achieved fraction of HBM bandwidth (the Step-3 report's figure for L20, a calibration choice for other cards)", "0.5")
    .option("--price <id=USD>", "price of an accelerator in USD per card-hour, such as h100=2.5; repeatable", collect)
    .option("--kv-dtype <type>", "KV-cache element type of every softmax layer: fp8, int8, bf16, fp16 or fp32 (default: per model family)")
    .option("--state-dtype <type>", "element type of linear-attention states, for models that have them (default: fp32)")
    .option("--json", "print machine-readable JSON with units in the field names")
    .action((flags: Record<string, unknown>, command: Command) => {
      rejectRepeatedFlags(commandLineWords(command), [
        "--model",
        "--cached",
        "--gpus",
        "--flop-efficiency",
        "--hbm-efficiency",
        "--kv-dtype",
        "--state-dtype",
        "--json",
      ]);
      runPrefill(
        {
          model: parseSingleModel("prefill", flags["model"] as string, io.fileExists),
          tokens: parsePromptTokens(flags["tokens"] as string[]),
          cachedTokens: parseCachedTokens(flags["cached"] as string),
          hardware: splitRequiredList("--hardware", flags["hardware"] as string[]),
          gpus: parsePositiveInteger("--gpus", flags["gpus"] as string),
          flopEfficiency: parseFraction("--flop-efficiency", flags["flopEfficiency"] as string),
          hbmEfficiency: parseFraction("--hbm-efficiency", flags["hbmEfficiency"] as string),
          prices: parsePrices((flags["price"] as string[] | undefined) ?? []),
          kvElementType: parseElementTypeFlag("--kv-dtype", flags["kvDtype"] as string | undefined),
          stateElementType: parseElementTypeFlag("--state-dtype", flags["stateDtype"] as string | undefined),
          json: flags["json"] === true,
        },
        io,
      );
    });
}
