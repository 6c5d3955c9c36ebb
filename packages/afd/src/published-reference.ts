import type { ElementType } from "@modelsys/attention";
import { describeValue, getAccelerator, getModel, type AcceleratorDescriptor, type ModelDescriptor } from "@modelsys/catalog";

import { AfdError } from "./errors.js";
import type { ContextSample } from "./options.js";

/**
 * DeepSeek-V3's published decode throughput per GPU on 128 H800 GPUs at a 4K average context,
 * as the Step-3 report (arXiv 2507.19427) quotes it from DeepSeek's profile data for its 50 ms
 * TPOT comparison.
 */
export const DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU = 2324;

/**
 * Sequences per GPU in DeepSeek's published decode profile (EP128, TP1, 4K prompt, two
 * micro-batches), from the README of github.com/deepseek-ai/profile-data. With the published
 * 2,324 tokens/s per GPU it implies a TPOT of 128 / 2,324 s = 55.1 ms.
 */
export const DEEPSEEK_V3_PROFILE_BATCH_PER_GPU = 128;

/** GPUs of DeepSeek-V3's published decode profile (EP128). */
const DEEPSEEK_V3_PROFILE_GPUS = 128;

/** A published co-located decode figure and the batch per GPU it was measured at. */
export interface PublishedDecodeReference {
  tokensPerSecondPerGpu: number;
  batchPerGpu: number;
}

/** The co-located setup to match against a published figure. */
export interface ColocatedSetup {
  model: ModelDescriptor;
  accelerator: AcceleratorDescriptor;
  gpus: number;
  tpotMs: number;
  /** One context length in tokens, or a distribution. */
  context: number | readonly ContextSample[];
  ffnElementType: ElementType;
}

/** Descriptor fields that label a model or an accelerator without changing any figure of the baseline. */
const LABEL_FIELDS = new Set(["id", "name", "source", "notes", "priceUsdPerHour"]);

/**
 * Returns the published figure of a setup, or null when none was published for it. The only one
 * known is DeepSeek-V3's decode profile. It matches a model with the built-in `deepseek-v3`
 * figures, so an import of its config.json counts. The accelerators must be 128 with the built-in
 * H800's peaks, HBM and NICs. The context must be one length of 4,096 tokens, the TPOT target
 * 50 ms (the Step-3 report's comparison) and the expert weights FP8, as DeepSeek ran them.
 * Ids, names, sources, notes and prices do not take part. Neither do the attention and KV
 * element types, because the profile does not publish them.
 */
export function publishedColocatedReference(setup: ColocatedSetup): PublishedDecodeReference | null {
  if (typeof setup !== "object" || setup === null) {
    throw new AfdError("INVALID_OPTION", `Invalid setup ${describeValue(setup)}: expected an object { model, accelerator, gpus, tpotMs, context, ffnElementType }.`, {
      field: "setup",
      value: setup,
    });
  }
  const context = typeof setup.context === "number" ? [{ tokens: setup.context }] : setup.context;
  const fourK = Array.isArray(context) && context.length === 1 && context[0]?.tokens === 4096;
  const published =
    sameData(withoutLabels(setup.model), withoutLabels(getModel("deepseek-v3"))) &&
    sameData(withoutLabels(setup.accelerator), withoutLabels(getAccelerator("h800"))) &&
    setup.gpus === DEEPSEEK_V3_PROFILE_GPUS &&
    fourK &&
    setup.tpotMs === 50 &&
    setup.ffnElementType === "fp8";

  return published ? { tokensPerSecondPerGpu: DEEPSEEK_V3_PUBLISHED_TOKENS_PER_SECOND_PER_GPU, batchPerGpu: DEEPSEEK_V3_PROFILE_BATCH_PER_GPU } : null;
}

/**
 * Returns a descriptor's top-level fields without its labels, and without `tiedEmbeddings: false`,
 * which means the same as leaving it out; other values pass through.
 */
function withoutLabels(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const isDefault = (key: string, field: unknown) => key === "tiedEmbeddings" && field === false;
  return Object.fromEntries(Object.entries(value).filter(([key, field]) => !LABEL_FIELDS.has(key) && !isDefault(key, field)));
}

/** Deep equality of two plain-data values, ignoring key order. */
function sameData(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== "object" || typeof right !== "object" || left === null || right === null) return false;
  if (Array.isArray(left) !== Array.isArray(right)) return false;

  const leftKeys = Object.keys(left).filter((key) => (left as Record<string, unknown>)[key] !== undefined);
  const rightKeys = Object.keys(right).filter((key) => (right as Record<string, unknown>)[key] !== undefined);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => sameData((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key]));
}
