import { AttentionError } from "../errors.js";
import { checkOptions, describeValue } from "../options.js";
import { CAUSAL_MASK, type AttentionMask } from "./masks.js";
import { checkRingCapacity } from "./ring-capacity.js";
import { MASK_FIELD_HINTS, resolveAttentionProblem, scaledDotProductAttention, type AttentionResult } from "./sdpa.js";
import { allocate, checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

/** Per-token widths of a KV cache: `kvHeads` heads of `headDim` key and `valueDim` value channels. */
export interface KvCacheLayout {
  readonly kvHeads: number;
  readonly headDim: number;
  /** Defaults to `headDim`; MLA's absorbed form and MFA-KR differ. */
  readonly valueDim?: number;
}

/** The cached keys, values and absolute positions a decode step attends to, in slot order. */
export interface KvCacheView {
  readonly key: Tensor;
  readonly value: Tensor;
  readonly positions: Float64Array;
}

/** Common interface of {@link GrowingKvCache} and {@link RingKvCache}. */
export interface KvCache {
  /** Number of tokens appended so far, which is also the next token's position. */
  readonly length: number;
  /** Appends `key` `[t, H_kv, d]` and `value` `[t, H_kv, d_v]` at positions `length … length + t − 1`. */
  append(key: Tensor, value: Tensor): void;
  /** Returns the tokens a query may read, with their positions. */
  view(): KvCacheView;
}

/** The keys of {@link KvCacheLayout}; any other key throws `UNKNOWN_OPTION`. */
const LAYOUT_KEYS = ["kvHeads", "headDim", "valueDim"] as const;

/**
 * Checks a cache layout and fills in `valueDim`: `kvHeads` and `headDim` are integers of at
 * least 1, and `valueDim` an integer of at least 0. `owner` names the cache in messages.
 */
export function checkLayout(owner: string, layout: KvCacheLayout): Required<KvCacheLayout> {
  checkOptions(`the layout of ${owner}`, layout, LAYOUT_KEYS, { required: true, field: "layout" });
  for (const field of ["kvHeads", "headDim"] as const) {
    if (!Number.isInteger(layout[field]) || layout[field] < 1) {
      throw new AttentionError("INVALID_ARGUMENT", `${field} = ${layout[field]} is invalid: it must be an integer of at least 1.`, { field, value: layout[field] });
    }
  }
  const valueDim = layout.valueDim ?? layout.headDim;
  if (!Number.isInteger(valueDim) || valueDim < 0) {
    throw new AttentionError("INVALID_ARGUMENT", `valueDim = ${describeValue(valueDim)} is invalid: it must be an integer of at least 0, or left out to equal headDim.`, {
      field: "valueDim",
      value: valueDim,
    });
  }
  return { kvHeads: layout.kvHeads, headDim: layout.headDim, valueDim };
}

/** Throws `INVALID_ARGUMENT` unless `capacity` is an integer of at least 1. */
export function checkCapacity(field: string, capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new AttentionError("INVALID_ARGUMENT", `${field} = ${describeValue(capacity)} is invalid: it must be an integer of at least 1.`, { field, value: capacity });
  }
}

function checkAppend(layout: Required<KvCacheLayout>, key: Tensor, value: Tensor): number {
  const [tokens] = checkTensor("key", key, 3) as [number, number, number];
  checkAxis("key", "KV head count", key.shape[1]!, layout.kvHeads);
  checkAxis("key", "head dimension", key.shape[2]!, layout.headDim);
  checkTensor("value", value, 3);
  checkAxis("value", "row count", value.shape[0]!, tokens);
  checkAxis("value", "KV head count", value.shape[1]!, layout.kvHeads);
  checkAxis("value", "value dimension", value.shape[2]!, layout.valueDim);
  return tokens;
}

/**
 * A KV cache for full attention that keeps every token, in position order, and doubles its
 * storage when it fills up.
 */
export class GrowingKvCache implements KvCache {
  private readonly layout: Required<KvCacheLayout>;
  private keys: Float32Array;
  private values: Float32Array;
  private tokens = 0;

  constructor(layout: KvCacheLayout, initialCapacity = 16) {
    this.layout = checkLayout("GrowingKvCache", layout);
    checkCapacity("initialCapacity", initialCapacity);
    this.keys = allocate(Float32Array, initialCapacity * this.layout.kvHeads * this.layout.headDim, "initialCapacity");
    this.values = allocate(Float32Array, initialCapacity * this.layout.kvHeads * this.layout.valueDim, "initialCapacity");
  }

  get length(): number {
    return this.tokens;
  }

  append(key: Tensor, value: Tensor): void {
    const added = checkAppend(this.layout, key, value);
    const keyWidth = this.layout.kvHeads * this.layout.headDim;
    const valueWidth = this.layout.kvHeads * this.layout.valueDim;
    if ((this.tokens + added) * keyWidth > this.keys.length) {
      const capacity = Math.max(2 * (this.keys.length / keyWidth), this.tokens + added);
      const keys = allocate(Float32Array, capacity * keyWidth, "key");
      const values = allocate(Float32Array, capacity * valueWidth, "value");
      keys.set(this.keys.subarray(0, this.tokens * keyWidth));
      values.set(this.values.subarray(0, this.tokens * valueWidth));
      this.keys = keys;
      this.values = values;
    }
    this.keys.set(key.data, this.tokens * keyWidth);
    this.values.set(value.data, this.tokens * valueWidth);
    this.tokens += added;
  }

  /** Drops every token from position `length` on, so the cache holds a prefix again. */
  truncate(length: number): void {
    if (!Number.isInteger(length) || length < 0 || length > this.tokens) {
      throw new AttentionError("INVALID_ARGUMENT", `Cannot truncate a cache of ${this.tokens} tokens to ${length}; pass an integer from 0 to ${this.tokens}.`, {
        field: "length",
        value: length,
      });
    }
    this.tokens = length;
  }

  view(): KvCacheView {
    const { kvHeads, headDim, valueDim } = this.layout;
    const positions = new Float64Array(this.tokens);
    for (let i = 0; i < this.tokens; i++) positions[i] = i;
    return {
      key: tensor(this.keys.subarray(0, this.tokens * kvHeads * headDim), [this.tokens, kvHeads, headDim]),
      value: tensor(this.values.subarray(0, this.tokens * kvHeads * valueDim), [this.tokens, kvHeads, valueDim]),
      positions,
    };
  }
}

/**
 * A ring-buffer KV cache for sliding-window and chunked layers: position `p` goes to slot
 * `p mod capacity`, and each slot remembers its position, so masks use positions, never slots.
 * A window of `W` keys needs `capacity ≥ W + c − 1` to attend a chunk of `c` new queries at once
 * (llama.cpp sizes its SWA cache as `n_swa + n_ubatch` for this reason); one decode query needs
 * `W`. Causal masks and sink tokens need a {@link GrowingKvCache}. {@link decodeStep} throws
 * rather than attend without a key the mask shows.
 */
export class RingKvCache implements KvCache {
  private readonly layout: Required<KvCacheLayout>;
  private readonly keys: Float32Array;
  private readonly values: Float32Array;
  private readonly slotPositions: Float64Array;
  private tokens = 0;

  /** `capacity` is the slot count: the window `W` for decode, or a chunk size for chunked layers. */
  constructor(layout: KvCacheLayout, readonly capacity: number) {
    this.layout = checkLayout("RingKvCache", layout);
    checkCapacity("capacity", capacity);
    this.keys = allocate(Float32Array, capacity * this.layout.kvHeads * this.layout.headDim, "capacity");
    this.values = allocate(Float32Array, capacity * this.layout.kvHeads * this.layout.valueDim, "capacity");
    this.slotPositions = allocate(Float64Array, capacity, "capacity").fill(-1);
  }

  get length(): number {
    return this.tokens;
  }

  append(key: Tensor, value: Tensor): void {
    const added = checkAppend(this.layout, key, value);
    if (added > this.capacity) {
      throw new AttentionError("INVALID_ARGUMENT", `Cannot append ${added} tokens to a ring cache of ${this.capacity} slots at once; split the chunk or enlarge the capacity.`, {
        field: "key",
        value: added,
      });
    }
    const keyWidth = this.layout.kvHeads * this.layout.headDim;
    const valueWidth = this.layout.kvHeads * this.layout.valueDim;
    for (let t = 0; t < added; t++) {
      const position = this.tokens + t;
      const slot = position % this.capacity;
      this.keys.set(key.data.subarray(t * keyWidth, (t + 1) * keyWidth), slot * keyWidth);
      this.values.set(value.data.subarray(t * valueWidth, (t + 1) * valueWidth), slot * valueWidth);
      this.slotPositions[slot] = position;
    }
    this.tokens += added;
  }

  /**
   * Drops every token from position `length` on. Throws when a token that the next query could
   * read (the last `capacity − 1` positions before `length`) was already overwritten, because
   * attending without it would silently differ from a cold run on that prefix; prefill again then.
   */
  truncate(length: number): void {
    if (!Number.isInteger(length) || length < 0 || length > this.tokens) {
      throw new AttentionError("INVALID_ARGUMENT", `Cannot truncate a cache of ${this.tokens} tokens to ${length}; pass an integer from 0 to ${this.tokens}.`, {
        field: "length",
        value: length,
      });
    }
    for (let position = Math.max(0, length - this.capacity + 1); position < length; position++) {
      if (this.slotPositions[position % this.capacity] !== position) {
        throw new AttentionError(
          "INVALID_ARGUMENT",
          `Cannot truncate the ring cache to ${length} tokens: position ${position} was overwritten by a later token. Prefill the prefix again.`,
          { field: "length", value: length },
        );
      }
    }
    for (let slot = 0; slot < this.capacity; slot++) {
      if (this.slotPositions[slot]! >= length) this.slotPositions[slot] = -1;
    }
    this.tokens = length;
  }

  /** Returns the filled slots in slot order (not position order), with each slot's position. */
  view(): KvCacheView {
    const { kvHeads, headDim, valueDim } = this.layout;
    const filled: number[] = [];
    for (let slot = 0; slot < this.capacity; slot++) if (this.slotPositions[slot]! >= 0) filled.push(slot);

    const keyWidth = kvHeads * headDim;
    const valueWidth = kvHeads * valueDim;
    const key = new Float32Array(filled.length * keyWidth);
    const value = new Float32Array(filled.length * valueWidth);
    const positions = new Float64Array(filled.length);
    for (const [index, slot] of filled.entries()) {
      key.set(this.keys.subarray(slot * keyWidth, (slot + 1) * keyWidth), index * keyWidth);
      value.set(this.values.subarray(slot * valueWidth, (slot + 1) * valueWidth), index * valueWidth);
      positions[index] = this.slotPositions[slot]!;
    }
    return { key: tensor(key, [filled.length, kvHeads, headDim]), value: tensor(value, [filled.length, kvHeads, valueDim]), positions };
  }
}

/**
 * Checks a decode step's tensors and options before anything is appended, so that a step that
 * throws leaves the cache as it was. Appending first and failing in the attention afterwards
 * would keep the step's keys, and every later step would attend them at shifted positions. The
 * query needs one row per new token (they share positions `length … length + t − 1`), and the
 * new tokens alone must pass every check that attention over the whole cache makes (head
 * counts, widths, mask, scale, sink logits). `owner` names the function in messages.
 */
export function checkDecodeStepInput(owner: string, query: Tensor, key: Tensor, value: Tensor, options: DecodeOptions): void {
  const [queryRows] = checkTensor("query", query, 3) as [number, number, number];
  const [added] = checkTensor("key", key, 3) as [number, number, number];
  if (queryRows !== added) {
    throw new AttentionError(
      "INVALID_SHAPE",
      `${owner} takes one query row per new token, but query has ${queryRows} rows and key ${added}: the queries sit at the positions of the new keys. To attend other positions, append with cache.append and call scaledDotProductAttention on cache.view() with queryOffset.`,
      { field: "query", value: queryRows },
    );
  }
  resolveAttentionProblem(query, key, value, options);
}

/** Throws `INVALID_ARGUMENT` unless `cache` has the {@link KvCache} members `length`, `append` and `view`. */
function checkCache(cache: KvCache): void {
  const candidate = cache as Partial<KvCache> | null;
  if (typeof candidate === "object" && candidate !== null && Number.isInteger(candidate.length) && typeof candidate.append === "function" && typeof candidate.view === "function") return;
  throw new AttentionError("INVALID_ARGUMENT", `cache is ${describeValue(cache)}, but a KV cache is expected: pass a GrowingKvCache or a RingKvCache.`, {
    field: "cache",
    value: cache,
  });
}

/** Options of {@link decodeStep}. */
export interface DecodeOptions {
  /** The mask of the step's queries; defaults to causal, which needs a {@link GrowingKvCache}. */
  readonly mask?: AttentionMask;
  readonly scale?: number;
  readonly sinkLogits?: Float32Array;
}

/** The keys of {@link DecodeOptions}; any other key throws `UNKNOWN_OPTION`. */
export const DECODE_OPTION_KEYS = ["mask", "scale", "sinkLogits"] as const;

/** Fixes for option keys of a decode step that belong elsewhere. */
export const DECODE_OPTION_HINTS: Readonly<Record<string, string>> = {
  ...MASK_FIELD_HINTS,
  queryOffset: "a decode step places its queries at the cache length; attend cache.view() with scaledDotProductAttention for other positions",
  queryPositions: "a decode step places its queries at the cache length; attend cache.view() with scaledDotProductAttention for other positions",
  keyPositions: "the cache supplies the key positions",
};

/**
 * Appends the new tokens' keys and values to `cache` and attends their queries (`[t, H_q, d]`,
 * one row per new token) to everything the cache holds, at absolute positions
 * `length … length + t − 1`. Every check runs before the append, so a step that throws leaves
 * the cache unchanged. With a {@link RingKvCache} it throws `INVALID_ARGUMENT` naming
 * `capacity` when the ring no longer contains a key that the mask shows to one of the queries.
 */
export function decodeStep(cache: KvCache, query: Tensor, key: Tensor, value: Tensor, options: DecodeOptions = {}): AttentionResult {
  checkCache(cache);
  checkOptions("the options of decodeStep", options, DECODE_OPTION_KEYS, { hints: DECODE_OPTION_HINTS });
  const mask = options.mask ?? CAUSAL_MASK;
  checkDecodeStepInput("decodeStep", query, key, value, options);
  const added = key.shape[0]!;
  if (cache instanceof RingKvCache) checkRingCapacity(cache.capacity, mask, cache.length, added, added);

  const queryOffset = cache.length;
  cache.append(key, value);
  const view = cache.view();
  return scaledDotProductAttention(query, view.key, view.value, {
    ...options,
    keyPositions: view.positions,
    queryOffset,
  });
}
