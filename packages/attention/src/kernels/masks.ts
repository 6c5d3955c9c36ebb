import { AttentionError } from "../errors.js";
import { checkOptions, describeValue } from "../options.js";

/**
 * Which keys a query may read. Every rule compares absolute positions, never cache slots.
 *
 * - `none`: every key (bidirectional).
 * - `causal`: key position ≤ query position.
 * - `sliding`: causal and `qPos − window < kPos`, so `window` counts the visible keys including
 *   the query itself (the Hugging Face `sliding_window` value). `sinkTokens` keeps positions
 *   `0 … sinkTokens − 1` visible besides the window (StreamingLLM, arXiv:2309.17453).
 * - `chunked`: causal and both positions in the same chunk of `chunkSize` (Llama 4).
 * - `band`: bidirectional band `qPos − left ≤ kPos ≤ qPos + right`, both bounds inclusive,
 *   which is FlashAttention's `window_size = (left, right)` without `causal`.
 */
export type AttentionMask =
  | { readonly kind: "none" }
  | { readonly kind: "causal" }
  | { readonly kind: "sliding"; readonly window: number; readonly sinkTokens?: number }
  | { readonly kind: "chunked"; readonly chunkSize: number }
  | { readonly kind: "band"; readonly left: number; readonly right: number };

/** The causal mask, the default of every kernel. */
export const CAUSAL_MASK: AttentionMask = Object.freeze({ kind: "causal" });

/** The fields each mask kind takes besides `kind`; any other field throws `UNKNOWN_OPTION`. */
const MASK_FIELDS: Readonly<Record<AttentionMask["kind"], readonly string[]>> = {
  none: [],
  causal: [],
  sliding: ["window", "sinkTokens"],
  chunked: ["chunkSize"],
  band: ["left", "right"],
};

/** Fixes for a field given to a mask kind that does not take it. */
const MASK_KIND_HINTS: Readonly<Record<string, string>> = {
  window: 'a window needs { kind: "sliding", window }',
  sinkTokens: 'sink tokens need { kind: "sliding", window, sinkTokens }',
  chunkSize: 'chunked attention needs { kind: "chunked", chunkSize }',
  left: 'a band needs { kind: "band", left, right }',
  right: 'a band needs { kind: "band", left, right }',
};

/**
 * Checks a mask's kind, fields and parameters, and throws an `INVALID_ARGUMENT` error naming the
 * bad one, or `UNKNOWN_OPTION` for a field its kind does not take (a `window` on a causal mask
 * would otherwise be ignored).
 */
export function checkMask(mask: AttentionMask): void {
  const reject = (field: string, value: unknown, rule: string): never => {
    throw new AttentionError("INVALID_ARGUMENT", `Attention mask ${field} = ${describeValue(value)} is invalid: ${rule}.`, { field, value });
  };
  if (typeof mask !== "object" || mask === null || !Object.hasOwn(MASK_FIELDS, mask.kind)) {
    const kind = typeof mask === "object" && mask !== null ? (mask as { kind: unknown }).kind : mask;
    reject("kind", kind, "expected a mask object whose kind is none, causal, sliding, chunked or band");
  }
  checkOptions(`a ${mask.kind} mask`, mask, ["kind", ...MASK_FIELDS[mask.kind]], { field: "mask", hints: MASK_KIND_HINTS });
  switch (mask.kind) {
    case "none":
    case "causal":
      return;
    case "sliding":
      if (!Number.isInteger(mask.window) || mask.window < 1) {
        reject("window", mask.window, "a sliding window counts the visible keys including the query, so it must be an integer of at least 1");
      }
      if (mask.sinkTokens !== undefined && (!Number.isInteger(mask.sinkTokens) || mask.sinkTokens < 0)) {
        reject("sinkTokens", mask.sinkTokens, "it must be a non-negative integer");
      }
      return;
    case "chunked":
      if (!Number.isInteger(mask.chunkSize) || mask.chunkSize < 1) reject("chunkSize", mask.chunkSize, "it must be an integer of at least 1");
      return;
    case "band":
      if (!Number.isInteger(mask.left) || mask.left < 0) reject("left", mask.left, "it must be a non-negative integer");
      if (!Number.isInteger(mask.right) || mask.right < 0) reject("right", mask.right, "it must be a non-negative integer");
      return;
  }
}

/**
 * Returns true when the key at position `keyPosition` is visible to the query at `queryPosition`.
 * It does not check the mask's parameters, which {@link checkMask} does once per call of a kernel,
 * but an unknown kind throws.
 */
export function isKeyVisible(mask: AttentionMask, queryPosition: number, keyPosition: number): boolean {
  switch (mask.kind) {
    case "none":
      return true;
    case "causal":
      return keyPosition <= queryPosition;
    case "sliding":
      return keyPosition <= queryPosition && (queryPosition - mask.window < keyPosition || keyPosition < (mask.sinkTokens ?? 0));
    case "chunked":
      return keyPosition <= queryPosition && Math.floor(keyPosition / mask.chunkSize) === Math.floor(queryPosition / mask.chunkSize);
    case "band":
      return queryPosition - mask.left <= keyPosition && keyPosition <= queryPosition + mask.right;
    default:
      // checkMask throws for the unknown kind, so an unchecked mask never yields undefined.
      checkMask(mask);
      return false;
  }
}

/** Returns the library window for Mistral's reference `sliding_window = W_m`, which shows `W_m + 1` keys. */
export function windowFromMistral(mistralWindow: number): number {
  checkConventionValue("mistralWindow", mistralWindow, 0);
  return mistralWindow + 1;
}

/** Returns the library window for FlashAttention's causal `window_size = (left, 0)`, which shows `left + 1` keys. */
export function windowFromFlashAttention(left: number): number {
  checkConventionValue("left", left, 0);
  return left + 1;
}

/** Returns the library window for SGLang's `sliding_window_size = s`, which shows `s + 1` keys. */
export function windowFromSglang(slidingWindowSize: number): number {
  checkConventionValue("slidingWindowSize", slidingWindowSize, 0);
  return slidingWindowSize + 1;
}

function checkConventionValue(field: string, value: number, minimum: number): void {
  if (!Number.isInteger(value) || value < minimum) {
    throw new AttentionError("INVALID_ARGUMENT", `${field} = ${describeValue(value)} is invalid: it must be an integer of at least ${minimum}.`, { field, value });
  }
}
