import { resolve } from "node:path";

import type { ElementType, MlaFlopConvention } from "@modelsys/attention";
import { getAccelerator, withPrice, type AcceleratorDescriptor } from "@modelsys/catalog";
import {
  acceleratorTokenCost,
  afdTokenCost,
  modelDecodeCost,
  type AcceleratorTokenCost,
  type AfdTokenCost,
  type ModelDecodeCost,
  type RooflineMode,
} from "@modelsys/roofline";

import type { CliIo } from "../io.js";
import { resolveModel, type ResolvedModel } from "../resolve-model.js";
import { formatNumber, formatTable, type Align } from "../table.js";
import { UsageError } from "../usage-error.js";
import { checkMlaFlopsFlag, checkStateElementTypeFlag } from "./model-flag-checks.js";
import { suppliedPricesNote } from "./supplied-prices-note.js";

/** Parsed options of `planner cost`. */
export interface CostCommandOptions {
  models: string[];
  contexts: number[];
  hardware: string[];
  prices: Map<string, number>;
  kvElementType: ElementType | undefined;
  stateElementType: ElementType | undefined;
  mlaFlops: MlaFlopConvention;
  /** True when `--mla-flops` was given, not defaulted, so that a model without MLA rejects it. */
  mlaFlopsOnCommandLine: boolean;
  roofline: RooflineMode;
  json: boolean;
}

/** One model at one context, priced on every requested accelerator. */
export interface CostRow {
  model: string;
  /** `built-in`, or the config.json path as given to `--model`. */
  modelSource: string;
  /** The model id, followed by its source when another row has the same id. */
  label: string;
  modelName: string;
  contextTokens: number;
  cost: ModelDecodeCost;
  hardware: AcceleratorTokenCost[];
  afd: AfdTokenCost | null;
  importNotes: string[];
}

/** Runs `planner cost` and writes the table or JSON. */
export function runCost(options: CostCommandOptions, io: CliIo): void {
  const accelerators = resolveAccelerators([...new Set(options.hardware)], options.prices);
  const models = resolveModels(options.models, io);
  const descriptors = models.map((model) => model.resolved.model);
  checkStateElementTypeFlag(descriptors, options.stateElementType);
  checkMlaFlopsFlag(descriptors, options.mlaFlopsOnCommandLine ? options.mlaFlops : undefined);
  const rows = [...new Set(options.contexts)].flatMap((contextTokens) =>
    models.map((model) => costRow(model, contextTokens, accelerators, options)),
  );

  if (options.json) {
    io.stdout(`${JSON.stringify(costJson(rows, accelerators, options), null, 2)}\n`);
    return;
  }
  io.stdout(`${costText(rows, accelerators, options)}\n`);
}

/** A `--model` source resolved once, with the label its rows print. */
interface CostModel {
  resolved: ResolvedModel;
  source: string;
  label: string;
}

/**
 * Resolves every distinct `--model` source once: repeating an id or naming one file by two
 * spellings of its path gives one row. Sources that give the same model id, such as
 * `path/to/deepseek-v3.json` and the built-in `deepseek-v3`, keep a row each, labelled by source.
 */
function resolveModels(references: readonly string[], io: CliIo): CostModel[] {
  const bySource = new Map<string, Omit<CostModel, "label">>();
  for (const reference of new Set(references)) {
    const resolved = resolveModel(reference, io);
    const key = resolved.imported ? `file:${resolve(reference)}` : `built-in:${resolved.model.id}`;
    if (!bySource.has(key)) bySource.set(key, { resolved, source: resolved.imported ? reference : "built-in" });
  }

  const models = [...bySource.values()];
  const idCounts = new Map<string, number>();
  for (const { resolved } of models) idCounts.set(resolved.model.id, (idCounts.get(resolved.model.id) ?? 0) + 1);
  return models.map((model) => {
    const id = model.resolved.model.id;
    return { ...model, label: idCounts.get(id)! > 1 ? `${id} (${model.source})` : id };
  });
}

/**
 * Returns the accelerators of `--hardware` with the prices of `--price` applied. A price for an id
 * outside `--hardware` is a usage error, and so is an unknown id.
 */
export function resolveAccelerators(ids: readonly string[], prices: Map<string, number>): AcceleratorDescriptor[] {
  for (const id of prices.keys()) {
    if (!ids.includes(id)) {
      // --hardware H800 names the lower-case id, so a wrong-case --price does too.
      const lowerCase = id.trim().toLowerCase();
      const fix = ids.includes(lowerCase) ? `Did you mean "${lowerCase}"? Ids are lower case.` : "Add it to --hardware.";
      throw new UsageError(`Invalid --price for "${id}": it is not in --hardware (${ids.join(", ")}). ${fix}`);
    }
  }
  return ids.map((id) => {
    const accelerator = getAccelerator(id);
    const price = prices.get(id);
    return price === undefined ? accelerator : withPrice(accelerator, price);
  });
}

function costRow(
  { resolved, source, label }: CostModel,
  contextTokens: number,
  accelerators: readonly AcceleratorDescriptor[],
  options: CostCommandOptions,
): CostRow {
  const cost = modelDecodeCost(resolved.model, {
    contextTokens,
    kvElementType: options.kvElementType,
    stateElementType: options.stateElementType,
    mlaFlops: options.mlaFlops,
  });
  const hardware = accelerators.map((accelerator) => acceleratorTokenCost(cost, accelerator, options.roofline));
  return {
    model: resolved.model.id,
    modelSource: source,
    label,
    modelName: resolved.model.name,
    contextTokens,
    cost,
    hardware,
    afd: afdTokenCost(hardware),
    importNotes: resolved.importNotes,
  };
}

function costJson(rows: readonly CostRow[], accelerators: readonly AcceleratorDescriptor[], options: CostCommandOptions) {
  return {
    costModel: "Step-3 system report, arXiv 2507.19427: 100 % of peak FLOP/s and HBM bandwidth, linear and FFN layers compute-bound",
    options: {
      roofline: options.roofline,
      mlaFlops: options.mlaFlops,
      kvElementType: options.kvElementType ?? "family default",
      stateElementType: options.stateElementType ?? "family default",
    },
    hardware: accelerators.map((accelerator) => ({
      id: accelerator.id,
      priceUsdPerHour: accelerator.priceUsdPerHour,
      source: accelerator.source,
    })),
    results: rows.map((row) => ({
      model: row.model,
      modelSource: row.modelSource,
      modelName: row.modelName,
      contextTokens: row.contextTokens,
      kvBytes: row.cost.kvBytes,
      attentionFlops: row.cost.attentionFlops,
      linearFlops: row.cost.linearFlops,
      ffnFlops: row.cost.ffnFlops,
      arithmeticIntensityFlopsPerByte: row.cost.arithmeticIntensity,
      kvBytesPerContextToken: row.cost.kvBytesPerContextToken,
      layerKinds: row.cost.kinds.map((kind) => ({
        label: kind.label,
        layerCount: kind.layerCount,
        cacheElementType: kind.cacheElementType,
        kvBytes: kind.kvBytes,
        attentionFlops: kind.attentionFlops,
        linearFlops: kind.linearFlops,
        arithmeticIntensityFlopsPerByte: kind.arithmeticIntensity,
      })),
      hardware: row.hardware,
      afd: row.afd,
      importNotes: row.importNotes,
    })),
  };
}

function costText(rows: readonly CostRow[], accelerators: readonly AcceleratorDescriptor[], options: CostCommandOptions): string {
  const sections: string[] = [];
  const contexts = [...new Set(rows.map((row) => row.contextTokens))];

  for (const contextTokens of contexts) {
    const header = [
      "model",
      "KV MB",
      "attn GFLOP",
      "linear GFLOP",
      "FFN GFLOP",
      "FLOP/B",
      ...accelerators.map((accelerator) => accelerator.id),
      "AFD (attention + FFN)",
    ];
    const body = rows
      .filter((row) => row.contextTokens === contextTokens)
      .map((row) => [
        row.label,
        formatNumber(row.cost.kvBytes / 1e6, 1),
        formatNumber(row.cost.attentionFlops / 1e9, 1),
        formatNumber(row.cost.linearFlops / 1e9, 1),
        formatNumber(row.cost.ffnFlops / 1e9, 1),
        formatNumber(row.cost.arithmeticIntensity, 1),
        ...row.hardware.map((cost) => formatUsd(cost.colocatedUsdPerMillionTokens)),
        row.afd === null
          ? "no price"
          : `${formatUsd(row.afd.usdPerMillionTokens)} (${row.afd.attentionAcceleratorId} + ${row.afd.ffnAcceleratorId})`,
      ]);
    const align = header.map((_, column): Align => (column === 0 || column === header.length - 1 ? "left" : "right"));
    sections.push(
      `Decode cost of one token at ${formatNumber(contextTokens)} ${contextTokens === 1 ? "token" : "tokens"} of context, USD per 1M decoded tokens (co-located per accelerator)`,
      formatTable(header, body, align),
      "",
    );
  }

  sections.push(...footnotes(rows, accelerators, options));
  return sections.join("\n").trimEnd();
}

function footnotes(rows: readonly CostRow[], accelerators: readonly AcceleratorDescriptor[], options: CostCommandOptions): string[] {
  const notes = [
    `Cost model: Step-3 system report (arXiv 2507.19427), 100 % of peak, roofline ${options.roofline}, MLA FLOPs ${options.mlaFlops}.`,
    "KV element type per model family unless --kv-dtype is given. KV MB is 10^6 bytes, and FLOP/B is attention FLOPs per KV byte.",
  ];
  if (options.prices.size > 0) notes.push(suppliedPricesNote(options.prices));
  const unpriced = accelerators.filter((accelerator) => accelerator.priceUsdPerHour === null);
  if (unpriced.length > 0) {
    notes.push(
      `No public price for ${unpriced.map((accelerator) => accelerator.id).join(", ")}: pass --price <id>=<USD per card-hour>.`,
    );
  }
  for (const row of rows) {
    if (row.importNotes.length > 0 && row.contextTokens === rows[0]!.contextTokens) {
      notes.push(`${row.label}: ${row.importNotes.map((note) => note.replace(/\.$/, "")).join("; ")}.`);
    }
  }
  return notes;
}

/**
 * Formats a USD amount with 4 decimals, or with 3 significant digits below 0.001 USD, so that a
 * small but non-zero amount never prints as 0.0000.
 */
export function formatUsd(value: number | null): string {
  if (value === null) return "no price";
  if (value === 0 || value >= 0.001) return value.toFixed(4);
  return value.toPrecision(3);
}
