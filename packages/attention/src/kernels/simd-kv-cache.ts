import { AttentionError } from "../errors.js";
import { checkOptionalBoolean, checkOptions } from "../options.js";
import { DECODE_OPTION_HINTS, DECODE_OPTION_KEYS, checkCapacity, checkDecodeStepInput, checkLayout, type DecodeOptions, type KvCache, type KvCacheLayout, type KvCacheView } from "./kv-cache.js";
import {
  ATTENTION_OPTION_KEYS,
  MASK_FIELD_HINTS,
  resolveAttentionProblem,
  scaledDotProductAttention,
  type AttentionOptions,
  type AttentionResult,
} from "./sdpa.js";
import { attendResident, copyPaddedRows, ensureMemory, paddedWidth, type SimdExports } from "./simd-core.js";
import { replaceSimdOverflowRows } from "./simd-overflow.js";
import { checkAxis, checkTensor, tensor, type Tensor } from "./tensor.js";

/** Options of {@link SimdKvCache.attend}: the cache supplies the key positions `0 … length − 1`. */
export type CachedAttentionOptions = Omit<AttentionOptions, "keyPositions">;

/**
 * A growing KV cache for full attention whose keys and values live in WebAssembly memory, laid
 * out head-major (`[H_kv, capacity, d]`, rows zero-padded to multiples of 8 floats) so each KV
 * head's keys stream contiguously. Decode
 * steps attend to it without copying the cache, which is what makes the SIMD path fast at long
 * contexts. Create it with `SimdAttention.createKvCache`. Tokens keep positions
 * `0 … length − 1`; storage doubles when it fills up.
 */
export class SimdKvCache implements KvCache {
  private readonly kvHeads: number;
  private readonly headDim: number;
  private readonly valueDim: number;
  private readonly headWidth: number;
  private readonly valueWidth: number;
  private slots: number;
  private tokens = 0;

  /** @internal Use `SimdAttention.createKvCache`, which instantiates the module for this cache. */
  constructor(
    private readonly wasm: SimdExports,
    layout: KvCacheLayout,
    initialCapacity = 16,
  ) {
    const checked = checkLayout("SimdKvCache", layout);
    checkCapacity("initialCapacity", initialCapacity);
    this.kvHeads = checked.kvHeads;
    this.headDim = checked.headDim;
    this.valueDim = checked.valueDim;
    this.headWidth = paddedWidth(this.headDim);
    this.valueWidth = paddedWidth(this.valueDim);
    this.slots = initialCapacity;
    ensureMemory(wasm, this.scratchAt, {
      field: "initialCapacity",
      remedy: `Pass a smaller initialCapacity than ${initialCapacity}; the cache doubles its storage when it fills up.`,
    });
  }

  get length(): number {
    return this.tokens;
  }

  /** Number of tokens the cache can store before its storage grows. */
  get capacity(): number {
    return this.slots;
  }

  private get valueAt(): number {
    return 4 * this.kvHeads * this.slots * this.headWidth;
  }

  private get scratchAt(): number {
    return this.scratchAtFor(this.slots);
  }

  /** Returns the byte offset of the scratch space behind the keys and values of `slots` rows per head. */
  private scratchAtFor(slots: number): number {
    return 4 * this.kvHeads * slots * (this.headWidth + this.valueWidth);
  }

  /** Appends `key` `[t, H_kv, d]` and `value` `[t, H_kv, d_v]` at positions `length … length + t − 1`. */
  append(key: Tensor, value: Tensor): void {
    const [added] = checkTensor("key", key, 3) as [number, number, number];
    checkAxis("key", "KV head count", key.shape[1]!, this.kvHeads);
    checkAxis("key", "head dimension", key.shape[2]!, this.headDim);
    checkTensor("value", value, 3);
    checkAxis("value", "row count", value.shape[0]!, added);
    checkAxis("value", "KV head count", value.shape[1]!, this.kvHeads);
    checkAxis("value", "value dimension", value.shape[2]!, this.valueDim);
    if (this.tokens + added > this.slots) this.grow(Math.max(2 * this.slots, this.tokens + added));

    const heap = new Float32Array(this.wasm.memory.buffer);
    const { kvHeads, headDim, valueDim, headWidth, valueWidth, slots } = this;
    const valueBase = this.valueAt / 4;
    for (let t = 0; t < added; t++) {
      const slot = this.tokens + t;
      for (let h = 0; h < kvHeads; h++) {
        copyPaddedRows(heap, (h * slots + slot) * headWidth, key.data.subarray((t * kvHeads + h) * headDim), 1, headDim);
        copyPaddedRows(heap, valueBase + (h * slots + slot) * valueWidth, value.data.subarray((t * kvHeads + h) * valueDim), 1, valueDim);
      }
    }
    this.tokens += added;
  }

  /**
   * Moves every head's rows to the head-major layout of `slots` rows per head. New offsets are
   * never below old ones, so copying the values and then the keys from the last head to the
   * first never overwrites rows that have not moved yet.
   */
  private grow(slots: number): void {
    const { kvHeads, headWidth, valueWidth, tokens } = this;
    // Grow the memory before the layout changes, so a failed growth leaves the cache as it was.
    ensureMemory(this.wasm, this.scratchAtFor(slots), {
      field: "key",
      remedy: `The cache of ${tokens} tokens cannot grow to ${slots} slots per KV head. Truncate it, or keep longer contexts in a GrowingKvCache with the reference kernels.`,
    });
    const oldSlots = this.slots;
    const oldValueBase = this.valueAt / 4;
    this.slots = slots;
    const heap = new Float32Array(this.wasm.memory.buffer);
    const valueBase = this.valueAt / 4;
    for (let h = kvHeads - 1; h >= 0; h--) {
      const from = oldValueBase + h * oldSlots * valueWidth;
      heap.copyWithin(valueBase + h * slots * valueWidth, from, from + tokens * valueWidth);
    }
    for (let h = kvHeads - 1; h >= 0; h--) {
      const from = h * oldSlots * headWidth;
      heap.copyWithin(h * slots * headWidth, from, from + tokens * headWidth);
    }
  }

  /** Drops every token from position `length` on, so the cache contains a prefix again. */
  truncate(length: number): void {
    if (!Number.isInteger(length) || length < 0 || length > this.tokens) {
      throw new AttentionError("INVALID_ARGUMENT", `Cannot truncate a cache of ${this.tokens} tokens to ${length}; pass an integer from 0 to ${this.tokens}.`, {
        field: "length",
        value: length,
      });
    }
    this.tokens = length;
  }

  /** Copies the cached tokens out of module memory as row-major `[length, H_kv, d]` tensors. */
  view(): KvCacheView {
    const { kvHeads, headDim, valueDim, headWidth, valueWidth, slots, tokens } = this;
    const heap = new Float32Array(this.wasm.memory.buffer);
    const key = new Float32Array(tokens * kvHeads * headDim);
    const value = new Float32Array(tokens * kvHeads * valueDim);
    const valueBase = this.valueAt / 4;
    for (let h = 0; h < kvHeads; h++) {
      for (let t = 0; t < tokens; t++) {
        const keyFrom = (h * slots + t) * headWidth;
        key.set(heap.subarray(keyFrom, keyFrom + headDim), (t * kvHeads + h) * headDim);
        const valueFrom = valueBase + (h * slots + t) * valueWidth;
        value.set(heap.subarray(valueFrom, valueFrom + valueDim), (t * kvHeads + h) * valueDim);
      }
    }
    const positions = new Float64Array(tokens);
    for (let i = 0; i < tokens; i++) positions[i] = i;
    return { key: tensor(key, [tokens, kvHeads, headDim]), value: tensor(value, [tokens, kvHeads, valueDim]), positions };
  }

  /**
   * Attends `query` `[T_q, H_q, d]` to every cached token, with the reference's contract. The
   * default `queryOffset` is `length − T_q`, so after appending a step's tokens their queries
   * sit at their own positions.
   */
  attend(query: Tensor, options: CachedAttentionOptions = {}): AttentionResult {
    checkOptions(
      "the options of SimdKvCache.attend",
      options,
      ATTENTION_OPTION_KEYS.filter((key) => key !== "keyPositions"),
      { hints: { ...MASK_FIELD_HINTS, keyPositions: "the cache supplies the key positions 0 … length − 1" } },
    );
    checkOptionalBoolean("checkFinite", options.checkFinite);
    const { kvHeads, headDim, valueDim, headWidth, valueWidth, tokens } = this;
    if (valueDim === 0 || options.checkFinite === true) {
      // checkFinite scans K and V in row-major order, so it runs on a row-major copy.
      const view = this.view();
      if (valueDim === 0) return scaledDotProductAttention(query, view.key, view.value, options);
      resolveAttentionProblem(query, view.key, view.value, options);
    }

    // Shape-only tensors over module memory: resolveAttentionProblem reads their shapes, not their data.
    const memory = this.wasm.memory.buffer;
    const keyShape = tensor(new Float32Array(memory, 0, tokens * kvHeads * headDim), [tokens, kvHeads, headDim]);
    const valueShape = tensor(new Float32Array(memory, this.valueAt, tokens * kvHeads * valueDim), [tokens, kvHeads, valueDim]);
    const problem = resolveAttentionProblem(query, keyShape, valueShape, { ...options, checkFinite: false });
    const placement = {
      keyAt: 0,
      keyRowStride: 4 * headWidth,
      keyHeadStride: 4 * this.slots * headWidth,
      valueAt: this.valueAt,
      valueRowStride: 4 * valueWidth,
      valueHeadStride: 4 * this.slots * valueWidth,
      scratchAt: this.scratchAt,
    };
    this.wasm.negative_infinite_score.value = 0;
    const result = attendResident(this.wasm, problem, query.data, placement, options.sinkLogits);
    replaceSimdOverflowRows(this.wasm, problem, query, options.sinkLogits, result, () => this.view());
    return result;
  }

  /**
   * Appends the new tokens' keys and values and attends their queries (`[t, H_q, d]`, one row
   * per new token) to the whole cache at positions `length … length + t − 1`, like `decodeStep`
   * with a `GrowingKvCache`. Every check runs before the append, so a step that throws leaves the
   * cache unchanged.
   */
  decodeStep(query: Tensor, key: Tensor, value: Tensor, options: DecodeOptions = {}): AttentionResult {
    checkOptions("the options of SimdKvCache.decodeStep", options, DECODE_OPTION_KEYS, { hints: DECODE_OPTION_HINTS });
    checkDecodeStepInput("SimdKvCache.decodeStep", query, key, value, options);
    const queryOffset = this.tokens;
    this.append(key, value);
    return this.attend(query, { ...options, queryOffset });
  }
}
