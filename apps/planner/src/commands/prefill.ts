import type { ElementType } from "@modelsys/attention";
import type { AcceleratorDescriptor } from "@modelsys/catalog";
import { prefillEstimator, type PrefillEstimator, type PrefillTime } from "@modelsys/roofline";

import type { CliIo } from "../io.js";
import { resolveModel, type ResolvedModel } from "../resolve-model.js";
import { formatFigure, formatNumber, formatTable, type Align } from "../table.js";
import { formatUsd, resolveAccelerators } from "./cost.js";
import { checkStateElementTypeFlag } from "./model-flag-checks.js";
import { capacityNotes, embeddingAndLmHeadBytes, prefillCapacity, type PrefillCapacity } from "./prefill-capacity.js";
import { suppliedPricesNote } from "./supplied-prices-note.js";

/** Parsed options of `planner prefill`. */
export interface PrefillCommandOptions {
  model: string;
  /** Prompt lengths, each one prefilled after `cachedTokens`. */
  tokens: number[];
  cachedTokens: number;
  hardware: string[];
  gpus: number;
  flopEfficiency: number;
  hbmEfficiency: number;
  prices: Map<string, number>;
  kvElementType: ElementType | undefined;
  stateElementType: ElementType | undefined;
  json: boolean;
}

const COST_MODEL =
  "Roofline estimate: max(FLOPs / (GPUs · BF16 peak · flop efficiency), bytes / (GPUs · HBM bandwidth · HBM efficiency)); embedding, LM head, router and communication left out";

/** Runs `planner prefill` and writes the table or JSON. */
export function runPrefill(options: PrefillCommandOptions, io: CliIo): void {
  const accelerators = resolveAccelerators([...new Set(options.hardware)], options.prices);
  const resolved = resolveModel(options.model, io);
  checkStateElementTypeFlag([resolved.model], options.stateElementType);
  const instance = {
    gpus: options.gpus,
    flopEfficiency: options.flopEfficiency,
    hbmEfficiency: options.hbmEfficiency,
    kvElementType: options.kvElementType,
    stateElementType: options.stateElementType,
  };
  const estimators = accelerators.map((accelerator) => prefillEstimator(resolved.model, accelerator, instance));
  const tokens = [...new Set(options.tokens)];
  const results = tokens.map((newTokens) => estimators.map((estimator) => estimator.estimate(newTokens, options.cachedTokens)));
  const embeddingBytes = embeddingAndLmHeadBytes(resolved.model);
  const capacities = capacityOfResults(results.flat(), estimators[0]!, accelerators, options.gpus, embeddingBytes);

  if (options.json) {
    io.stdout(`${JSON.stringify(prefillJson(resolved, options, accelerators, results.flat(), capacities), null, 2)}\n`);
    return;
  }
  io.stdout(`${prefillText(resolved, options, accelerators, results, capacities)}\n`);
}

/**
 * Returns the HBM each result needs on its instance. The KV cache does not depend on the
 * accelerator, because every estimator has the same storage options, so one estimator sizes it.
 */
function capacityOfResults(
  results: readonly PrefillTime[],
  estimator: PrefillEstimator,
  accelerators: readonly AcceleratorDescriptor[],
  gpus: number,
  embeddingBytes: number,
): PrefillCapacity[] {
  return results.map((time) => {
    const accelerator = accelerators.find((candidate) => candidate.id === time.acceleratorId)!;
    return prefillCapacity(accelerator, gpus, {
      newTokens: time.newTokens,
      cachedTokens: time.cachedTokens,
      weightBytes: time.weightBytes,
      embeddingBytes,
      kvCacheBytes: estimator.kvBytes(time.cachedTokens + time.newTokens),
    });
  });
}

function prefillJson(
  resolved: ResolvedModel,
  options: PrefillCommandOptions,
  accelerators: readonly AcceleratorDescriptor[],
  results: readonly PrefillTime[],
  capacities: readonly PrefillCapacity[],
) {
  return {
    costModel: COST_MODEL,
    model: resolved.model.id,
    modelSource: resolved.imported ? options.model : "built-in",
    modelName: resolved.model.name,
    options: {
      cachedTokens: options.cachedTokens,
      gpus: options.gpus,
      flopEfficiency: options.flopEfficiency,
      hbmEfficiency: options.hbmEfficiency,
      kvElementType: options.kvElementType ?? "family default",
      stateElementType: options.stateElementType ?? "family default",
    },
    hardware: accelerators.map((accelerator) => ({
      id: accelerator.id,
      priceUsdPerHour: accelerator.priceUsdPerHour,
      instanceHbmBytes: options.gpus * accelerator.hbmCapacityBytes,
      weightsFitInHbm: capacities.find((capacity) => capacity.acceleratorId === accelerator.id)?.weightsFitInHbm ?? true,
      source: accelerator.source,
    })),
    results,
    capacity: capacities,
    importNotes: resolved.importNotes,
  };
}

function prefillText(
  resolved: ResolvedModel,
  options: PrefillCommandOptions,
  accelerators: readonly AcceleratorDescriptor[],
  results: readonly (readonly PrefillTime[])[],
  capacities: readonly PrefillCapacity[],
): string {
  const sections: string[] = [];
  const header = ["hardware", "time ms", "bound", "compute ms", "memory ms", "USD", "USD per 1M tokens"];
  const align = header.map((_, column): Align => (column === 0 || column === 2 ? "left" : "right"));
  const gpus = `${options.gpus} ${options.gpus === 1 ? "GPU" : "GPUs"}`;

  for (const row of results) {
    const first = row[0]!;
    const cached = first.cachedTokens === 0 ? "" : ` after ${formatNumber(first.cachedTokens)} cached`;
    sections.push(
      `Prefill of ${formatNumber(first.newTokens)} new ${first.newTokens === 1 ? "token" : "tokens"}${cached}, ${resolved.model.id} on one instance of ${gpus}`,
      `TFLOP ${formatFigure(first.flops / 1e12, 1)} (linear ${formatFigure(first.linearFlops / 1e12, 1)}, FFN ${formatFigure(first.ffnFlops / 1e12, 1)}, attention ${formatFigure(first.attentionFlops / 1e12, 1)}); ` +
        `GB ${formatFigure(first.bytes / 1e9, 2)} (weights read ${formatFigure(first.weightBytes / 1e9, 2)}, KV and state written ${formatFigure(first.kvBytesWritten / 1e9, 2)})`,
      formatTable(
        header,
        row.map((time) => [
          time.acceleratorId,
          formatMilliseconds(time.seconds),
          time.bound,
          formatMilliseconds(time.computeSeconds),
          formatMilliseconds(time.memorySeconds),
          formatUsd(time.usd),
          formatUsd(time.usdPerMillionTokens),
        ]),
        align,
      ),
      "",
    );
  }

  sections.push(...footnotes(resolved, options, accelerators), ...capacityNotes(capacities, options.gpus));
  return sections.join("\n").trimEnd();
}

function footnotes(resolved: ResolvedModel, options: PrefillCommandOptions, accelerators: readonly AcceleratorDescriptor[]): string[] {
  const notes = [
    `${COST_MODEL}. Flop efficiency ${options.flopEfficiency}, HBM efficiency ${options.hbmEfficiency}.`,
    "USD is one prefill on the whole instance: seconds × GPUs × USD per card-hour / 3600. TFLOP is 10^12 FLOPs and GB 10^9 bytes.",
  ];
  if (options.prices.size > 0) notes.push(suppliedPricesNote(options.prices));
  const unpriced = accelerators.filter((accelerator) => accelerator.priceUsdPerHour === null);
  if (unpriced.length > 0) {
    notes.push(`No public price for ${unpriced.map((accelerator) => accelerator.id).join(", ")}: pass --price <id>=<USD per card-hour>.`);
  }
  if (resolved.importNotes.length > 0) {
    notes.push(`${resolved.model.id}: ${resolved.importNotes.map((note) => note.replace(/\.$/, "")).join("; ")}.`);
  }
  if (resolved.model.vocabSize === null) {
    notes.push(`${resolved.model.id} gives no vocabulary size, so the HBM check leaves out the embedding and LM head.`);
  }
  return notes;
}

/** Formats seconds as milliseconds with 4 significant digits, and thousands separators from 1,000 ms. */
function formatMilliseconds(seconds: number): string {
  const milliseconds = seconds * 1000;
  return milliseconds >= 1000 ? formatNumber(milliseconds, 0) : milliseconds.toPrecision(4);
}
