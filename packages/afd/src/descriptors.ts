import {
  defineAccelerator,
  defineModel,
  describeValue,
  isCatalogError,
  type AcceleratorDescriptor,
  type FfnKind,
  type ModelDescriptor,
} from "@modelsys/catalog";

import { AfdError } from "./errors.js";

/** Runs the catalog's full check of a descriptor and turns its error into `INVALID_OPTION` naming `field`. */
function check(field: string, value: unknown, define: (value: unknown) => unknown): void {
  if (typeof value !== "object" || value === null) {
    throw new AfdError("INVALID_OPTION", `Invalid ${field} ${describeValue(value)}: expected a descriptor from @modelsys/catalog.`, { field, value });
  }
  try {
    define(value);
  } catch (error) {
    if (!isCatalogError(error)) throw error;
    const id = "id" in value ? (value as { id: unknown }).id : undefined;
    throw new AfdError("INVALID_OPTION", `${error.message} (option ${field})`, { field, value: id, cause: error });
  }
}

/**
 * Checks a model descriptor with the catalog's schema and attention checks, throwing
 * `INVALID_OPTION` naming `field`.
 */
export function checkModelDescriptor(field: string, model: unknown): asserts model is ModelDescriptor {
  check(field, model, defineModel);
}

/** Checks an accelerator descriptor with the catalog's schema, throwing `INVALID_OPTION` naming `field`. */
export function checkAcceleratorDescriptor(field: string, accelerator: unknown): asserts accelerator is AcceleratorDescriptor {
  check(field, accelerator, defineAccelerator);
}

/**
 * Checks that every MoE layer gives its routed expert count. The catalog allows null where no
 * public figure gives it, because the decode cost needs only the active experts. The planner needs
 * the count for the FFN weights' memory, the experts each micro-batch reads and the sparsity.
 */
export function checkRoutedExpertCounts(field: string, model: ModelDescriptor): void {
  model.layers.forEach((layer, index) => checkRoutedExpertCount(`${field}.layers.${index}.ffn`, layer.ffn));
}

/** Throws `INVALID_OPTION` naming `field` when an MoE FFN gives no routed expert count. */
export function checkRoutedExpertCount(field: string, ffn: FfnKind): void {
  if (ffn.kind !== "moe" || ffn.numRoutedExperts !== null) return;
  throw new AfdError(
    "INVALID_OPTION",
    `Invalid ${field}.numRoutedExperts null: expected the number of routed experts, which sets the FFN weights' memory, the experts each micro-batch reads and the MoE sparsity. Give it in the model descriptor.`,
    { field: `${field}.numRoutedExperts`, value: null },
  );
}
