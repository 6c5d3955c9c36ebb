import { ELEMENT_TYPES, bytesPerElement, type ElementType } from "@modelsys/attention";

import { describeValue } from "./describe-value.js";
import { CatalogError } from "./errors.js";

/**
 * Storage format of a weight matrix: a plain element type, or `mxfp4`, the block format of the
 * OCP Microscaling (MX) Formats Specification v1.0 that gpt-oss checkpoints store their experts in.
 */
export type WeightFormat = ElementType | "mxfp4";

/** Every supported {@link WeightFormat}, in decreasing width. Frozen, as the other shared lists are. */
export const WEIGHT_FORMATS: readonly WeightFormat[] = Object.freeze([...ELEMENT_TYPES, "mxfp4"]);

// OCP Microscaling Formats (MX) Specification v1.0 (Open Compute Project, September 2023): an
// MXFP4 block is 32 FP4 elements in E2M1 (4 bits each) that share one E8M0 scale of 8 bits.
const MXFP4_BLOCK_ELEMENTS = 32;
const MXFP4_ELEMENT_BITS = 4;
const MXFP4_SCALE_BITS = 8;

/**
 * Bytes of one MXFP4 weight with its share of the block scale: `(32 · 4 + 8) / 32` = 4.25 bits,
 * which is 0.53125 B.
 */
export const MXFP4_BYTES_PER_WEIGHT = (MXFP4_BLOCK_ELEMENTS * MXFP4_ELEMENT_BITS + MXFP4_SCALE_BITS) / MXFP4_BLOCK_ELEMENTS / 8;

/**
 * Returns the stored bytes of one weight in `format`, block scales included. An unknown format
 * is `INVALID_OPTION` naming it.
 */
export function bytesPerWeight(format: WeightFormat): number {
  if (format === "mxfp4") return MXFP4_BYTES_PER_WEIGHT;
  if ((ELEMENT_TYPES as readonly unknown[]).includes(format)) return bytesPerElement(format);
  throw new CatalogError(
    "INVALID_OPTION",
    `Invalid weight format ${describeValue(format)}: expected one of ${WEIGHT_FORMATS.join(", ")}.`,
    { field: "format", value: format },
  );
}
