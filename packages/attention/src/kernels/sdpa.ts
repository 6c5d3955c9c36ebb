import { AttentionError } from "../errors.js";
import { checkOptionalBoolean, checkOptions, describeValue } from "../options.js";
import { CAUSAL_MASK, checkMask, isKeyVisible, type AttentionMask } from "./masks.js";
import { emptySoftmaxStates, finalizeSoftmaxStates, type SoftmaxStates } from "./softmax.js";
import { allocate, checkAxis, checkFinite, checkInteger, checkTensor, tensor, type Tensor } from "./tensor.js";

/** Options of {@link scaledDotProductAttention} and {@link attentionSoftmaxStates}. */
export interface AttentionOptions {
  /**
   * Multiplies every score; defaults to `1/sqrt(d)`. Absorbed MLA and YaRN models pass their own.
   * It must be a finite number within the float32 range.
   */
  readonly scale?: number;
  /** Which keys each query reads; defaults to causal. */
  readonly mask?: AttentionMask;
  /**
   * Position of query row 0; row `r` sits at `queryOffset + r`. Defaults to `T_k − T_q`, which
   * aligns the last query with the last key ("bottom-right", as FlashAttention does). Required
   * (or `queryPositions`) when `keyPositions` is given.
   */
  readonly queryOffset?: number;
  /** Absolute position of each query row, in place of `queryOffset` (giving both throws). */
  readonly queryPositions?: ArrayLike<number>;
  /** Absolute position of each key row; defaults to `0 … T_k − 1`. Ring buffers pass their slots' positions. */
  readonly keyPositions?: ArrayLike<number>;
  /** One learned sink logit per query head (gpt-oss), in the units of the scaled scores. */
  readonly sinkLogits?: Float32Array;
  /** Scans Q, K, V and the sink logits for NaN or ±Infinity first and throws `NON_FINITE_INPUT`. */
  readonly checkFinite?: boolean;
}

/** The keys of {@link AttentionOptions}; any other key throws `UNKNOWN_OPTION`. */
export const ATTENTION_OPTION_KEYS = ["scale", "mask", "queryOffset", "queryPositions", "keyPositions", "sinkLogits", "checkFinite"] as const;

/** Fixes for option keys that belong inside the mask. */
export const MASK_FIELD_HINTS: Readonly<Record<string, string>> = {
  window: "a window belongs to the mask, so pass mask: { kind: \"sliding\", window }",
  sinkTokens: "sink tokens belong to the mask, so pass mask: { kind: \"sliding\", window, sinkTokens }",
  chunkSize: "a chunk size belongs to the mask, so pass mask: { kind: \"chunked\", chunkSize }",
};

/** Output of {@link scaledDotProductAttention}. */
export interface AttentionResult {
  /** `[T_q, H_q, d_v]`. Rows that see no key are zeros. */
  readonly output: Tensor;
  /** `[T_q, H_q]` log-sum-exp of the scaled scores (and the sink); `−∞` for a row that sees nothing. */
  readonly logSumExp: Tensor;
}

/** Checked shapes and resolved positions of one attention call. */
export interface AttentionProblem {
  readonly queryRows: number;
  readonly queryHeads: number;
  readonly keyRows: number;
  readonly kvHeads: number;
  readonly headDim: number;
  readonly valueDim: number;
  readonly groupSize: number;
  readonly scale: number;
  readonly mask: AttentionMask;
  readonly queryPositions: Float64Array;
  readonly keyPositions: Float64Array;
}

/**
 * Checks the shapes and options of an attention call and resolves the scale and positions.
 * `Q` is `[T_q, H_q, d]`, `K` is `[T_k, H_kv, d]` and `V` is `[T_k, H_kv, d_v]`; `H_q` must be a
 * multiple of `H_kv`, and query head `h` reads KV head `floor(h / (H_q / H_kv))`. An option key
 * outside {@link AttentionOptions} throws `UNKNOWN_OPTION`.
 */
export function resolveAttentionProblem(query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions = {}): AttentionProblem {
  checkOptions("the attention options", options, ATTENTION_OPTION_KEYS, { hints: MASK_FIELD_HINTS });
  const [queryRows, queryHeads, headDim] = checkTensor("query", query, 3) as [number, number, number];
  const [keyRows, kvHeads, keyDim] = checkTensor("key", key, 3) as [number, number, number];
  const [valueRows, valueHeads, valueDim] = checkTensor("value", value, 3) as [number, number, number];
  checkAxis("key", "head dimension", keyDim, headDim);
  checkAxis("value", "row count", valueRows, keyRows);
  checkAxis("value", "KV head count", valueHeads, kvHeads);
  if (kvHeads === 0 || queryHeads % kvHeads !== 0) {
    throw new AttentionError("INVALID_SHAPE", `The query head count ${queryHeads} must be a multiple of the KV head count ${kvHeads}.`, {
      field: "key",
      value: kvHeads,
    });
  }

  // Only an absent mask means causal: a null mask is rejected, because a caller who writes
  // null may mean "no mask", which is { kind: "none" }.
  const mask = options.mask === undefined ? CAUSAL_MASK : options.mask;
  checkMask(mask);
  const scale = options.scale ?? 1 / Math.sqrt(headDim);
  if (typeof scale !== "number" || !Number.isFinite(scale)) {
    throw new AttentionError("INVALID_ARGUMENT", `scale = ${describeValue(scale)} is invalid: it must be a finite number. Pass a scale when the head dimension is 0.`, {
      field: "scale",
      value: scale,
    });
  }
  // Within the float32 range, |scale·q·k| ≤ d·2^384 for float32 inputs, so float64 scores stay
  // finite and the fast paths, which take the scale as a float32, see the same number.
  if (!Number.isFinite(Math.fround(scale))) {
    throw new AttentionError("INVALID_ARGUMENT", `scale = ${describeValue(scale)} is invalid: it must lie within the float32 range (|scale| ≤ 3.4028234663852886e38).`, {
      field: "scale",
      value: scale,
    });
  }
  if (options.sinkLogits !== undefined) checkSinkLogits(options.sinkLogits, queryHeads);

  const keyPositions = resolvePositions("keyPositions", options.keyPositions, keyRows, 0);
  if (options.keyPositions !== undefined && options.queryOffset === undefined && options.queryPositions === undefined) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      "queryOffset is missing: with explicit keyPositions the default offset T_k − T_q is meaningless, so pass queryOffset (the first query's absolute position) or queryPositions.",
      { field: "queryOffset" },
    );
  }
  if (options.queryOffset !== undefined && options.queryPositions !== undefined) {
    throw new AttentionError(
      "INVALID_ARGUMENT",
      "queryOffset and queryPositions are both given: queryPositions places every query row itself, so the offset would be ignored. Pass one of them.",
      { field: "queryOffset", value: options.queryOffset },
    );
  }
  if (options.queryOffset !== undefined && !Number.isInteger(options.queryOffset)) {
    throw new AttentionError("INVALID_ARGUMENT", `queryOffset = ${describeValue(options.queryOffset)} is invalid: it must be an integer.`, {
      field: "queryOffset",
      value: options.queryOffset,
    });
  }
  const queryPositions = resolvePositions("queryPositions", options.queryPositions, queryRows, options.queryOffset ?? keyRows - queryRows);

  checkOptionalBoolean("checkFinite", options.checkFinite);
  if (options.checkFinite === true) {
    checkFinite("query", query.data, query.shape);
    checkFinite("key", key.data, key.shape);
    checkFinite("value", value.data, value.shape);
    if (options.sinkLogits !== undefined) checkFinite("sinkLogits", options.sinkLogits, [queryHeads]);
  }

  return {
    queryRows,
    queryHeads,
    keyRows,
    kvHeads,
    headDim,
    valueDim,
    groupSize: queryHeads / kvHeads,
    scale,
    mask,
    queryPositions,
    keyPositions,
  };
}

/** Throws unless `sinkLogits` is an array of one number per query head. */
function checkSinkLogits(sinkLogits: unknown, queryHeads: number): void {
  const notNumbers = () =>
    new AttentionError("INVALID_ARGUMENT", `sinkLogits is ${describeValue(sinkLogits)}, but a Float32Array of one logit per query head (${queryHeads}) is expected.`, {
      field: "sinkLogits",
      value: sinkLogits,
    });
  const length = numberArrayLength(sinkLogits);
  if (length === null) throw notNumbers();
  if (length !== queryHeads) {
    throw new AttentionError("INVALID_SHAPE", `sinkLogits has ${length} values, but one per query head (${queryHeads}) is expected.`, {
      field: "sinkLogits",
      value: length,
    });
  }
  if (!hasOnlyNumbers(sinkLogits as ArrayLike<unknown>)) throw notNumbers();
}

/** Tags of the views whose elements are not numbers. */
const NON_NUMBER_VIEW_TAGS = new Set(["[object DataView]", "[object BigInt64Array]", "[object BigUint64Array]"]);

/**
 * Returns the length of a typed array of numbers, or of an array or other `ArrayLike` (an object
 * with a non-negative integer `length`), and null for any other value. It reads no entries. An
 * array-like may declare a length of up to 2^53 − 1, so callers compare the length with the
 * expected count before they call {@link hasOnlyNumbers}.
 */
function numberArrayLength(value: unknown): number | null {
  if (ArrayBuffer.isView(value)) return NON_NUMBER_VIEW_TAGS.has(Object.prototype.toString.call(value)) ? null : (value as unknown as ArrayLike<number>).length;
  if (typeof value !== "object" || value === null) return null;
  const length: unknown = (value as { length?: unknown }).length;
  return typeof length === "number" && Number.isSafeInteger(length) && length >= 0 ? length : null;
}

/** Returns true when every entry from 0 to `length` − 1 is a number. A missing entry is not a number. */
function hasOnlyNumbers(value: ArrayLike<unknown>): boolean {
  if (ArrayBuffer.isView(value)) return true;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== "number") return false;
  }
  return true;
}

/** Returns the index of the first entry of `value` that is not a number, or -1 when there is none. */
function firstNonNumberIndex(value: ArrayLike<unknown>): number {
  if (ArrayBuffer.isView(value)) return -1;
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== "number") return i;
  }
  return -1;
}

function resolvePositions(field: string, positions: ArrayLike<number> | undefined, count: number, offset: number): Float64Array {
  if (positions === undefined) {
    const resolved = allocate(Float64Array, count, field);
    for (let i = 0; i < count; i++) resolved[i] = offset + i;
    return resolved;
  }
  const notNumbers = () =>
    new AttentionError("INVALID_ARGUMENT", `${field} is ${describeValue(positions)}, but an array of ${count} integer positions is expected.`, {
      field,
      value: positions,
    });
  const length = numberArrayLength(positions);
  if (length === null) throw notNumbers();
  if (length !== count) {
    throw new AttentionError("INVALID_SHAPE", `${field} has ${length} entries, but ${count} are expected.`, { field, value: length });
  }
  const badIndex = firstNonNumberIndex(positions);
  if (badIndex >= 0) {
    const entry = (positions as ArrayLike<unknown>)[badIndex];
    throw new AttentionError("INVALID_ARGUMENT", `${field}[${badIndex}] = ${describeValue(entry)} is invalid: positions are integers.`, { field, value: entry });
  }
  const resolved = Float64Array.from(positions);
  for (const [index, position] of resolved.entries()) {
    if (!Number.isInteger(position)) {
      throw new AttentionError("INVALID_ARGUMENT", `${field}[${index}] = ${position} is invalid: positions are integers.`, { field, value: position });
    }
  }
  return resolved;
}

/**
 * Computes the unnormalised streaming-softmax state `(m, l, o)` of every `(row, head)` over the
 * visible keys of `K` and `V`, in float64. Row `r·H_q + h` of the result belongs to query row
 * `r`, head `h`. States over disjoint key tiles merge with `mergeSoftmaxStates`, and
 * `finalizeSoftmaxStates` turns them into outputs. Masked keys are never read, so NaN in a
 * masked key or value cannot reach the result.
 */
export function attentionSoftmaxStates(query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions = {}): SoftmaxStates {
  const problem = resolveAttentionProblem(query, key, value, options);
  return computeSoftmaxStates(problem, query.data, key.data, value.data);
}

function computeSoftmaxStates(problem: AttentionProblem, query: Float32Array, key: Float32Array, value: Float32Array): SoftmaxStates {
  const { queryRows, queryHeads, keyRows, kvHeads, headDim, valueDim, groupSize, scale, mask } = problem;
  const states = emptySoftmaxStates(queryRows * queryHeads, valueDim);
  const scores = new Float64Array(keyRows);
  const visible = new Int32Array(keyRows);

  for (let row = 0; row < queryRows; row++) {
    const queryPosition = problem.queryPositions[row]!;
    let visibleCount = 0;
    for (let j = 0; j < keyRows; j++) {
      if (isKeyVisible(mask, queryPosition, problem.keyPositions[j]!)) visible[visibleCount++] = j;
    }

    for (let head = 0; head < queryHeads; head++) {
      const kvHead = Math.floor(head / groupSize);
      const queryBase = (row * queryHeads + head) * headDim;
      let maximum = -Infinity;

      for (let n = 0; n < visibleCount; n++) {
        const keyBase = (visible[n]! * kvHeads + kvHead) * headDim;
        let dot = 0;
        for (let c = 0; c < headDim; c++) dot += query[queryBase + c]! * key[keyBase + c]!;
        const score = scale * dot;
        scores[n] = score;
        maximum = Math.max(maximum, score);
      }

      const stateRow = row * queryHeads + head;
      if (visibleCount === 0) continue;
      const outputBase = stateRow * valueDim;
      let sum = 0;
      for (let n = 0; n < visibleCount; n++) {
        // Keys that all score −∞ get weight 0, as a state with m = −∞ rescales by 0 when it
        // merges; exp(−∞ − (−∞)) would be NaN and poison a later merge.
        const weight = maximum === -Infinity ? 0 : Math.exp(scores[n]! - maximum);
        sum += weight;
        const valueBase = (visible[n]! * kvHeads + kvHead) * valueDim;
        for (let c = 0; c < valueDim; c++) states.output[outputBase + c] = states.output[outputBase + c]! + weight * value[valueBase + c]!;
      }
      states.max[stateRow] = maximum;
      states.sum[stateRow] = sum;
    }
  }
  return states;
}

/**
 * Computes scaled dot-product attention with grouped KV heads (MHA, GQA, MQA):
 * `O[r, h] = Σ_j softmax_j(scale · Q[r, h]·K[j, g(h)]) · V[j, g(h)]` over the keys the mask
 * shows to row `r`, with `g(h) = floor(h / (H_q / H_kv))` (Hugging Face `repeat_kv` order).
 * Accumulates in float64 and rounds to float32 on store. A row that sees no key outputs zeros.
 *
 * @example
 * ```ts
 * const q = tensor(new Float32Array(1 * 8 * 64), [1, 8, 64]); // one decode query, 8 heads
 * const k = tensor(new Float32Array(16 * 2 * 64), [16, 2, 64]); // 16 cached keys, 2 KV heads
 * const v = tensor(new Float32Array(16 * 2 * 64), [16, 2, 64]);
 * scaledDotProductAttention(q, k, v, { mask: { kind: "sliding", window: 4 } }).output.shape; // [1, 8, 64]
 * ```
 */
export function scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions = {}): AttentionResult {
  const problem = resolveAttentionProblem(query, key, value, options);
  const states = computeSoftmaxStates(problem, query.data, key.data, value.data);
  const sinks = options.sinkLogits;
  const finalized = finalizeSoftmaxStates(states, sinks === undefined ? undefined : (row) => sinks[row % problem.queryHeads]!);
  return {
    output: tensor(finalized.output, [problem.queryRows, problem.queryHeads, problem.valueDim]),
    logSumExp: tensor(finalized.logSumExp, [problem.queryRows, problem.queryHeads]),
  };
}

/** Counts the keys visible to each query row under `options` (for window and chunk checks). */
export function visibleKeyCounts(queryRows: number, keyRows: number, options: Omit<AttentionOptions, "scale" | "sinkLogits" | "checkFinite"> = {}): Int32Array {
  checkOptions("the options of visibleKeyCounts", options, ["mask", "queryOffset", "queryPositions", "keyPositions"], { hints: MASK_FIELD_HINTS });
  checkInteger("queryRows", queryRows, 0);
  checkInteger("keyRows", keyRows, 0);
  const probe = tensor(new Float32Array(0), [queryRows, 1, 0]);
  const keys = tensor(new Float32Array(0), [keyRows, 1, 0]);
  const problem = resolveAttentionProblem(probe, keys, keys, { ...options, scale: 1 });
  const counts = allocate(Int32Array, queryRows, "queryRows");
  for (let row = 0; row < queryRows; row++) {
    for (let j = 0; j < keyRows; j++) {
      if (isKeyVisible(problem.mask, problem.queryPositions[row]!, problem.keyPositions[j]!)) counts[row] = counts[row]! + 1;
    }
  }
  return counts;
}
