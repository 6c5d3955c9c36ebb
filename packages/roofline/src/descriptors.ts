import {
  BUILTIN_ACCELERATORS,
  BUILTIN_MODELS,
  defineAccelerator,
  defineModel,
  describeValue,
  isCatalogError,
  type AcceleratorDescriptor,
  type FfnKind,
  type ModelDescriptor,
} from "@modelsys/catalog";

import { RooflineError } from "./errors.js";

/**
 * Runs the catalog's full check of a descriptor (the zod schema and the attention checks) and
 * turns its error into `INVALID_OPTION` naming `field`. A hand-built descriptor with a missing
 * FFN width or a NaN price would otherwise price every token at NaN, or below zero, without an
 * error.
 */
function check(field: string, value: unknown, define: (value: unknown) => unknown, expected: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new RooflineError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected ${expected}.`, { field, value });
  }
  try {
    define(value);
  } catch (error) {
    if (!isCatalogError(error)) throw error;
    const id = "id" in value ? (value as { id: unknown }).id : undefined;
    throw new RooflineError("INVALID_OPTION", `${error.message} (argument ${field})`, { field, value: id, cause: error });
  }
}

/**
 * Checks a model descriptor as `defineModel` does, throwing `INVALID_OPTION` naming `model`.
 * The built-in models were checked when the catalog defined them and are deeply frozen, so they
 * skip the check.
 */
export function checkModelDescriptor(model: unknown): asserts model is ModelDescriptor {
  if ((BUILTIN_MODELS as readonly unknown[]).includes(model)) return;
  check("model", model, defineModel, 'a model descriptor, such as getModel("step-3") or importHfConfigText(text).model from @modelsys/catalog');
}

/**
 * Checks an accelerator descriptor as `defineAccelerator` does, throwing `INVALID_OPTION` naming
 * `accelerator`. The built-in accelerators, checked and frozen by the catalog, skip the check.
 */
export function checkAcceleratorDescriptor(accelerator: unknown): asserts accelerator is AcceleratorDescriptor {
  if ((BUILTIN_ACCELERATORS as readonly unknown[]).includes(accelerator)) return;
  check("accelerator", accelerator, defineAccelerator, 'an accelerator descriptor, such as getAccelerator("h800") from @modelsys/catalog');
}

function isCount(value: unknown, minimum: number): boolean {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= minimum;
}

/**
 * Checks one layer's FFN and the model width for {@link ffnFlopsPerToken}, which is exported on
 * its own and so cannot rely on `modelDecodeCost`'s model check.
 */
export function checkFfn(ffn: unknown, hiddenSize: unknown): asserts ffn is FfnKind {
  if (!isCount(hiddenSize, 1)) {
    throw new RooflineError("INVALID_OPTION", `Invalid hiddenSize ${describeValue(hiddenSize)}: expected the model width as a positive integer.`, {
      field: "hiddenSize",
      value: hiddenSize,
    });
  }
  const reject = (field: string, value: unknown, expected: string): never => {
    throw new RooflineError("INVALID_OPTION", `Invalid ffn.${field} ${describeValue(value)}: expected ${expected}.`, {
      field: `ffn.${field}`,
      value,
    });
  };
  if (typeof ffn !== "object" || ffn === null) reject("kind", ffn, 'an FFN descriptor such as { kind: "dense", intermediateSize: 18432 }');
  const layer = ffn as Record<string, unknown>;
  if (layer["kind"] === "dense") {
    if (!isCount(layer["intermediateSize"], 1)) reject("intermediateSize", layer["intermediateSize"], "a positive integer");
    return;
  }
  if (layer["kind"] !== "moe") reject("kind", layer["kind"], '"dense" or "moe"');
  for (const field of ["numActiveExperts", "expertIntermediateSize", "sharedIntermediateSize"]) {
    if (!isCount(layer[field], 1)) reject(field, layer[field], "a positive integer");
  }
  if (!isCount(layer["numSharedExperts"], 0)) reject("numSharedExperts", layer["numSharedExperts"], "a non-negative integer");
}
