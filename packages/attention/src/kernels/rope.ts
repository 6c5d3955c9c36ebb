import { AttentionError } from "../errors.js";
import { checkChoice, checkFiniteNumber, checkOptions, describeValue } from "../options.js";
import { checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

/**
 * How RoPE pairs channels. `rotate-half` (GPT-NeoX, Hugging Face `rotate_half`, vLLM
 * `is_neox_style=True`) pairs `(k, k + d_rot/2)`; `interleaved` (GPT-J, the complex view, vLLM
 * `is_neox_style=False`) pairs `(2k, 2k + 1)`.
 */
export type RopeStyle = "rotate-half" | "interleaved";

/** Options of {@link applyRope}. */
export interface RopeOptions {
  readonly style: RopeStyle;
  /** Rotated leading channels `d_rot` (even, ≤ d); defaults to `floor(d · partialRotaryFactor)` (both given must agree). */
  readonly rotaryDim?: number;
  /** Fraction of the head dimension that rotates, when `rotaryDim` is not given; defaults to 1. */
  readonly partialRotaryFactor?: number;
  /** Base of the frequency table; defaults to 10,000. Giving it with `inverseFrequencies` throws. */
  readonly theta?: number;
  /** Explicit `ω_k` table of `d_rot/2` entries, for scaled variants (YaRN, Llama-3). */
  readonly inverseFrequencies?: ArrayLike<number>;
  /** Multiplies cos and sin (Hugging Face YaRN's attention factor); defaults to 1. */
  readonly attentionFactor?: number;
}

/** The keys of {@link RopeOptions}; any other key throws `UNKNOWN_OPTION`. */
const ROPE_OPTION_KEYS = ["style", "rotaryDim", "partialRotaryFactor", "theta", "inverseFrequencies", "attentionFactor"] as const;

/** The RoPE styles, in the order messages list them. */
export const ROPE_STYLES: readonly RopeStyle[] = ["rotate-half", "interleaved"];

/** Returns `ω_k = theta^(−2k/d_rot)` for `k = 0 … d_rot/2 − 1`; the exponent uses `d_rot`, not `d`. */
export function ropeInverseFrequencies(rotaryDim: number, theta: number): Float64Array {
  checkRotaryDim(rotaryDim, rotaryDim);
  if (!(theta > 0) || !Number.isFinite(theta)) {
    throw new AttentionError("INVALID_ARGUMENT", `theta = ${describeValue(theta)} is invalid: the RoPE base must be a positive finite number.`, {
      field: "theta",
      value: theta,
    });
  }
  const frequencies = new Float64Array(rotaryDim / 2);
  for (let k = 0; k < rotaryDim / 2; k++) frequencies[k] = theta ** ((-2 * k) / rotaryDim);
  return frequencies;
}

/**
 * Returns the rotated channel count `floor(d·factor)`, as Hugging Face transformers computes
 * `dim = int(head_dim * partial_rotary_factor)` in `_compute_default_rope_parameters`
 * (`modeling_rope_utils.py`). Truncation keeps a product such as 100·0.29 = 28.999… at 28.
 */
function rotaryDimOfFactor(headDim: number, factor: number): number {
  return Math.floor(headDim * factor);
}

/** Checks that `positions` has one finite absolute position per row of `x`. */
function checkPositions(positions: ArrayLike<number>, rows: number): void {
  if (positions === null || typeof positions !== "object" || typeof positions.length !== "number") {
    throw new AttentionError("INVALID_ARGUMENT", `positions must be an array of ${rows} absolute token positions.`, { field: "positions", value: positions });
  }
  checkAxis("positions", "length", positions.length, rows);
  for (let t = 0; t < rows; t++) checkFiniteNumber(`positions[${t}]`, positions[t], "positions are finite absolute token indices");
}

function checkRotaryDim(rotaryDim: number, headDim: number): void {
  if (!Number.isInteger(rotaryDim) || rotaryDim < 0 || rotaryDim % 2 !== 0 || rotaryDim > headDim) {
    throw new AttentionError("INVALID_ARGUMENT", `rotaryDim = ${describeValue(rotaryDim)} is invalid: it must be an even integer from 0 to the head dimension ${headDim}.`, {
      field: "rotaryDim",
      value: rotaryDim,
    });
  }
}

/**
 * Rotates channel pairs of every head of `x` (`[T, H, d]` or `[T, d]`) by the angle
 * `φ_k = p·ω_k` of its absolute position `p`: `(a, b) → (a·cos φ − b·sin φ, a·sin φ + b·cos φ)`.
 * Channels from `d_rot` on pass through unchanged. Rotate values never; only queries and keys.
 */
export function applyRope(x: Tensor, positions: ArrayLike<number>, options: RopeOptions): Tensor {
  const shape = checkTensor("x", x);
  if (shape.length !== 2 && shape.length !== 3) {
    throw new AttentionError("INVALID_SHAPE", `applyRope needs a [T, H, d] or [T, d] tensor, but the shape is [${shape.join(", ")}].`, {
      field: "x",
      value: shape,
    });
  }
  const rows = shape[0]!;
  const headDim = shape[shape.length - 1]!;
  const heads = shape.length === 3 ? shape[1]! : 1;
  checkOptions("the options of applyRope", options, ROPE_OPTION_KEYS, { required: true });
  checkChoice("style", options.style, ROPE_STYLES, { required: true });
  checkPositions(positions, rows);

  if (options.partialRotaryFactor !== undefined) {
    const factor: unknown = options.partialRotaryFactor;
    if (typeof factor !== "number" || !(factor >= 0 && factor <= 1)) {
      throw new AttentionError("INVALID_ARGUMENT", `partialRotaryFactor = ${describeValue(factor)} is invalid: it is the rotated fraction of the head dimension, a number from 0 to 1.`, {
        field: "partialRotaryFactor",
        value: factor,
      });
    }
  }
  if (options.inverseFrequencies === null || (options.inverseFrequencies !== undefined && typeof options.inverseFrequencies.length !== "number")) {
    throw new AttentionError("INVALID_ARGUMENT", `inverseFrequencies is ${describeValue(options.inverseFrequencies)}, but an array of d_rot/2 inverse frequencies is expected; leave it out to build the table from theta.`, {
      field: "inverseFrequencies",
      value: options.inverseFrequencies,
    });
  }
  const factorDim = options.partialRotaryFactor === undefined ? undefined : rotaryDimOfFactor(headDim, options.partialRotaryFactor);
  if (options.rotaryDim !== undefined && factorDim !== undefined && options.rotaryDim !== factorDim) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      `rotaryDim = ${options.rotaryDim} and partialRotaryFactor = ${options.partialRotaryFactor} disagree: the factor gives ${factorDim} rotated channels of the head dimension ${headDim}. Pass one of them.`,
      { field: "rotaryDim", value: options.rotaryDim },
    );
  }
  if (options.rotaryDim === undefined && factorDim !== undefined && factorDim % 2 !== 0) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      `partialRotaryFactor = ${describeValue(options.partialRotaryFactor)} is invalid for the head dimension ${headDim}: it gives ${factorDim} rotated channels, but RoPE rotates channel pairs, so the count must be even.`,
      { field: "partialRotaryFactor", value: options.partialRotaryFactor },
    );
  }
  const rotaryDim = options.rotaryDim ?? factorDim ?? headDim;
  if (options.rotaryDim === undefined && factorDim === undefined && headDim % 2 !== 0) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      `The head dimension ${headDim} is odd, so RoPE cannot rotate all of it: it rotates channel pairs. Pass an even rotaryDim below ${headDim} to rotate the leading channels.`,
      { field: "rotaryDim", value: headDim },
    );
  }
  if (options.inverseFrequencies !== undefined && options.theta !== undefined) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      "theta and inverseFrequencies are both given: an explicit inverse-frequency table replaces the one built from theta, so theta would be ignored. Pass one of them.",
      { field: "theta", value: options.theta },
    );
  }
  checkRotaryDim(rotaryDim, headDim);
  const half = rotaryDim / 2;
  const frequencies = options.inverseFrequencies ?? ropeInverseFrequencies(rotaryDim, options.theta ?? 10_000);
  checkAxis("inverseFrequencies", "length", frequencies.length, half);
  for (let k = 0; k < half; k++) checkFiniteNumber(`inverseFrequencies[${k}]`, frequencies[k], "every inverse frequency must be a finite number");
  const attentionFactor = options.attentionFactor ?? 1;
  checkFiniteNumber("attentionFactor", attentionFactor, "the attention factor multiplies cos and sin, so it must be a finite number");

  const output = Float32Array.from(x.data);
  const cosines = new Float64Array(half);
  const sines = new Float64Array(half);
  for (let t = 0; t < rows; t++) {
    const position = positions[t]!;
    for (let k = 0; k < half; k++) {
      const angle = position * frequencies[k]!;
      cosines[k] = Math.cos(angle) * attentionFactor;
      sines[k] = Math.sin(angle) * attentionFactor;
    }
    for (let h = 0; h < heads; h++) {
      const base = (t * heads + h) * headDim;
      for (let k = 0; k < half; k++) {
        const first = options.style === "rotate-half" ? base + k : base + 2 * k;
        const second = options.style === "rotate-half" ? base + k + half : base + 2 * k + 1;
        const a = x.data[first]!;
        const b = x.data[second]!;
        output[first] = a * cosines[k]! - b * sines[k]!;
        output[second] = a * sines[k]! + b * cosines[k]!;
      }
    }
  }
  return tensor(output, x.shape);
}
