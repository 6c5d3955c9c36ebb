import { AttentionError } from "../errors.js";
import { ATTENTION_SIMD_WASM_BASE64 } from "../wasm/attention-simd-bytes.js";
import type { KvCacheLayout } from "./kv-cache.js";
import { resolveAttentionProblem, scaledDotProductAttention, type AttentionOptions, type AttentionResult } from "./sdpa.js";
import { attendResident, copyPaddedRows, ensureMemory, paddedWidth, type SimdExports } from "./simd-core.js";
import { SimdKvCache } from "./simd-kv-cache.js";
import { replaceSimdOverflowRows } from "./simd-overflow.js";
import type { Tensor } from "./tensor.js";

/**
 * The fast CPU attention path: WebAssembly SIMD kernels that compute scores, an online softmax
 * and the value sums in float32 lanes, with the reference's contract. Results agree with the
 * float64 reference within rtol 1e-5, atol 1e-6 for visible scores in [−8, 8] and values in
 * [−1, 1], not bit for bit, and the error grows with larger scores. Rows whose float32 scores or
 * value sums overflow although the inputs are finite, and rows with a NaN or infinite output,
 * run on the reference instead. Rows are stored zero-padded to multiples of 8 channels, and a
 * head dimension of 0 runs the reference.
 */
export interface SimdAttention {
  /** Same contract as the reference `scaledDotProductAttention`; copies K and V into module memory on every call. */
  scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, options?: AttentionOptions): AttentionResult;
  /**
   * Creates a growing KV cache whose keys and values stay in WebAssembly memory, so decode steps
   * attend without copying the cache. Each cache owns its own module instance and memory.
   */
  createKvCache(layout: KvCacheLayout, initialCapacity?: number): Promise<SimdKvCache>;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function instantiate(module: WebAssembly.Module): Promise<SimdExports> {
  const instance = await WebAssembly.instantiate(module);
  return instance.exports as unknown as SimdExports;
}

/**
 * Instantiates the WebAssembly SIMD kernels. Throws `BACKEND_UNAVAILABLE` where the engine lacks
 * WebAssembly SIMD (Node 20 and current browsers have it).
 */
export async function createSimdAttention(): Promise<SimdAttention> {
  let module: WebAssembly.Module;
  let exports: SimdExports;
  try {
    module = await WebAssembly.compile(decodeBase64(ATTENTION_SIMD_WASM_BASE64));
    exports = await instantiate(module);
  } catch (error) {
    throw new AttentionError("BACKEND_UNAVAILABLE", "WebAssembly SIMD is not available in this engine; use the reference scaledDotProductAttention.", { cause: error });
  }
  return {
    scaledDotProductAttention: (query, key, value, options = {}) => simdAttention(exports, query, key, value, options),
    createKvCache: async (layout, initialCapacity) => new SimdKvCache(await instantiate(module), layout, initialCapacity),
  };
}

function simdAttention(wasm: SimdExports, query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions): AttentionResult {
  const problem = resolveAttentionProblem(query, key, value, options);
  const { kvHeads, headDim, valueDim } = problem;
  if (headDim === 0 || valueDim === 0) return scaledDotProductAttention(query, key, value, options);

  // K and V keep their row-major [T_k, H_kv, d] order at the start of memory, padded per head.
  const headWidth = paddedWidth(headDim);
  const valueWidth = paddedWidth(valueDim);
  const keyVectors = problem.keyRows * kvHeads;
  const valueAt = 4 * keyVectors * headWidth;
  const scratchAt = valueAt + 4 * keyVectors * valueWidth;
  ensureMemory(wasm, scratchAt);
  const heap = new Float32Array(wasm.memory.buffer);
  copyPaddedRows(heap, 0, key.data, keyVectors, headDim);
  copyPaddedRows(heap, valueAt / 4, value.data, keyVectors, valueDim);
  const placement = {
    keyAt: 0,
    keyRowStride: 4 * kvHeads * headWidth,
    keyHeadStride: 4 * headWidth,
    valueAt,
    valueRowStride: 4 * kvHeads * valueWidth,
    valueHeadStride: 4 * valueWidth,
    scratchAt,
  };
  wasm.negative_infinite_score.value = 0;
  const result = attendResident(wasm, problem, query.data, placement, options.sinkLogits);
  replaceSimdOverflowRows(wasm, problem, query, options.sinkLogits, result, () => ({ key, value }));
  return result;
}
