import { describeValue } from "@modelsys/catalog";

import { AfdError } from "./errors.js";
import { rejectUnknownFields, type ResolvedAfdInput } from "./options.js";
import type { Layout, PlanRates } from "./stage-times.js";

const LAYOUT_FIELDS: readonly (keyof Layout)[] = ["attentionInstances", "ffnInstances", "tokensPerAttentionGpu"];

const RATE_FIELDS: readonly (keyof PlanRates)[] = [
  "attentionFlopsPerSecond",
  "projectionFlopsPerSecond",
  "attentionBytesPerSecond",
  "ffnFlopsPerSecond",
  "ffnBytesPerSecond",
  "attentionNicBytesPerSecond",
  "ffnNicBytesPerSecond",
];

function reject(field: string, value: unknown, expected: string): never {
  throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected ${expected}.`, { field, value });
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * Checks a layout passed to `layerStageTimes`: an object with only `attentionInstances` and
 * `ffnInstances` (positive integers) and `tokensPerAttentionGpu` (a positive finite number).
 * Anything else, such as a misspelt field, is `INVALID_OPTION`.
 */
export function checkLayout(layout: unknown): asserts layout is Layout {
  if (!isObject(layout)) reject("layout", layout, `an object with ${LAYOUT_FIELDS.join(", ")}`);
  rejectUnknownFields(layout, LAYOUT_FIELDS);

  const fields = layout as Record<string, unknown>;
  for (const field of ["attentionInstances", "ffnInstances"]) {
    const value = fields[field];
    if (!Number.isSafeInteger(value) || (value as number) <= 0) reject(`layout.${field}`, value, "a positive integer number of instances");
  }
  const tokens = fields["tokensPerAttentionGpu"];
  if (typeof tokens !== "number" || !(Number.isFinite(tokens) && tokens > 0)) {
    reject("layout.tokensPerAttentionGpu", tokens, "a positive number of tokens per attention GPU per micro-batch");
  }
}

/**
 * Checks the other arguments of `layerStageTimes`: `profile` from `profileLayers`, `input` from
 * `resolveAfdInput`, and `rates` from `planRates`, whose fields must be positive finite rates.
 */
export function checkStageTimeInputs(profile: unknown, input: unknown, rates: unknown): asserts rates is PlanRates {
  if (!isObject(profile)) reject("profile", profile, "one entry of profileLayers(resolveAfdInput(options))");
  if (!isObject(input) || !isObject((input as Partial<ResolvedAfdInput>).model)) {
    reject("input", input, "the result of resolveAfdInput(options)");
  }
  if (!isObject(rates)) reject("rates", rates, "the result of planRates(resolveAfdInput(options))");

  const values = rates as Record<string, unknown>;
  for (const field of RATE_FIELDS) {
    const value = values[field];
    if (typeof value !== "number" || !(Number.isFinite(value) && value > 0)) {
      reject(`rates.${field}`, value, "a positive rate per second, as planRates(resolveAfdInput(options)) returns");
    }
  }
}
