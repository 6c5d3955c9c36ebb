import { AttentionError } from "./errors.js";
import { describeValue } from "./options.js";

/**
 * Storage element types for weights, KV caches and recurrent states. `int8` has the byte size
 * of `fp8`: hardware without FP8 stores caches as INT8 (Step-3 report, arXiv 2507.19427).
 */
export type ElementType = "fp32" | "bf16" | "fp16" | "fp8" | "int8";

/**
 * Every supported {@link ElementType}, in decreasing width. It is frozen because every element
 * type check reads it, so an entry pushed here would pass as a type without a byte size.
 */
export const ELEMENT_TYPES: readonly ElementType[] = Object.freeze(["fp32", "bf16", "fp16", "fp8", "int8"]);

const BYTES: Record<ElementType, number> = { fp32: 4, bf16: 2, fp16: 2, fp8: 1, int8: 1 };

/**
 * Returns the storage size of one element of `type` in bytes, or throws `UNKNOWN_ELEMENT_TYPE`.
 * Names of `Object.prototype` members such as `"toString"` are unknown types too.
 */
export function bytesPerElement(type: ElementType): number {
  return BYTES[parseElementType(type)];
}

/** Narrows a user-supplied string to an {@link ElementType}, or throws `UNKNOWN_ELEMENT_TYPE`. */
export function parseElementType(value: string, field = "elementType"): ElementType {
  if (typeof value === "string" && (ELEMENT_TYPES as readonly string[]).includes(value)) return value as ElementType;
  throw new AttentionError(
    "UNKNOWN_ELEMENT_TYPE",
    `Invalid ${field} ${describeValue(value)}: expected one of ${ELEMENT_TYPES.join(", ")}.`,
    { field, value },
  );
}
