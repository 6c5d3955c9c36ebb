import { AttentionError } from "../errors.js";
import { ATTENTION_SIMD_WASM_BASE64 } from "../wasm/attention-simd-bytes.js";
import { isKeyVisible } from "./masks.js";
import { resolveAttentionProblem, scaledDotProductAttention, type AttentionOptions, type AttentionResult } from "./sdpa.js";
import { tensor, type Tensor } from "./tensor.js";

/**
 * The fast CPU attention path: WebAssembly SIMD kernels for the score and value products and a
 * float64 softmax in between, with the reference's contract. Dot products and value sums
 * accumulate in float32 lanes, so results agree with the float64 reference within about 1e-5
 * relative, not bit for bit. Head dimensions that are not multiples of 8 run the reference.
 */
export interface SimdAttention {
  /** Same contract as the reference `scaledDotProductAttention`. */
  scaledDotProductAttention(query: Tensor, key: Tensor, value: Tensor, options?: AttentionOptions): AttentionResult;
}

interface SimdExports {
  readonly memory: WebAssembly.Memory;
  scores(q: number, k: number, s: number, groups: number, dim: number, keys: number, keyStrideBytes: number): void;
  accumulate(p: number, v: number, o: number, groups: number, dim: number, keys: number, valueStrideBytes: number): void;
  scores4(q: number, k: number, s: number, dim: number, keys: number, keyStrideBytes: number): void;
  accumulate4(p: number, v: number, o: number, dim: number, keys: number, valueStrideBytes: number): void;
}

/** Runs the four-row kernels on whole blocks of 4 query heads and the general kernel on the rest. */
function scoresByBlocks(wasm: SimdExports, q: number, k: number, s: number, groups: number, dim: number, keys: number, keyStride: number): void {
  let g = 0;
  for (; g + 4 <= groups; g += 4) wasm.scores4(q + 4 * g * dim, k, s + 4 * g * keys, dim, keys, keyStride);
  if (g < groups) wasm.scores(q + 4 * g * dim, k, s + 4 * g * keys, groups - g, dim, keys, keyStride);
}

function accumulateByBlocks(wasm: SimdExports, p: number, v: number, o: number, groups: number, dim: number, keys: number, valueStride: number): void {
  let g = 0;
  for (; g + 4 <= groups; g += 4) wasm.accumulate4(p + 4 * g * keys, v, o + 4 * g * dim, dim, keys, valueStride);
  if (g < groups) wasm.accumulate(p + 4 * g * keys, v, o + 4 * g * dim, groups - g, dim, keys, valueStride);
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Instantiates the WebAssembly SIMD kernels. Throws `BACKEND_UNAVAILABLE` where the engine lacks
 * WebAssembly SIMD (Node 20 and current browsers have it).
 */
export async function createSimdAttention(): Promise<SimdAttention> {
  let exports: SimdExports;
  try {
    const module = await WebAssembly.compile(decodeBase64(ATTENTION_SIMD_WASM_BASE64));
    const instance = await WebAssembly.instantiate(module);
    exports = instance.exports as unknown as SimdExports;
  } catch (error) {
    throw new AttentionError("BACKEND_UNAVAILABLE", "WebAssembly SIMD is not available in this engine; use the reference scaledDotProductAttention.", { cause: error });
  }
  return { scaledDotProductAttention: (query, key, value, options = {}) => simdAttention(exports, query, key, value, options) };
}

/** Returns the maximal runs `[start, end)` of consecutive visible key indices for query row `row`. */
function visibleRuns(problem: ReturnType<typeof resolveAttentionProblem>, row: number): number[] {
  const runs: number[] = [];
  const queryPosition = problem.queryPositions[row]!;
  let start = -1;
  for (let j = 0; j < problem.keyRows; j++) {
    const visible = isKeyVisible(problem.mask, queryPosition, problem.keyPositions[j]!);
    if (visible && start < 0) start = j;
    if (!visible && start >= 0) {
      runs.push(start, j);
      start = -1;
    }
  }
  if (start >= 0) runs.push(start, problem.keyRows);
  return runs;
}

function simdAttention(wasm: SimdExports, query: Tensor, key: Tensor, value: Tensor, options: AttentionOptions): AttentionResult {
  const problem = resolveAttentionProblem(query, key, value, options);
  const { queryRows, queryHeads, keyRows, kvHeads, headDim, valueDim, groupSize, scale } = problem;
  if (headDim % 8 !== 0 || valueDim % 8 !== 0 || headDim === 0 || valueDim === 0) {
    return scaledDotProductAttention(query, key, value, options);
  }

  // Memory layout in floats: Q, K, V, then scores [G, T_k] and the output accumulator [G, d_v].
  const queryAt = 0;
  const keyAt = queryAt + query.data.length;
  const valueAt = keyAt + key.data.length;
  const scoresAt = valueAt + value.data.length;
  const accumulatorAt = scoresAt + groupSize * keyRows;
  const neededBytes = 4 * (accumulatorAt + groupSize * valueDim);
  const pages = Math.ceil((neededBytes - wasm.memory.buffer.byteLength) / 65_536);
  if (pages > 0) wasm.memory.grow(pages);

  const heap = new Float32Array(wasm.memory.buffer);
  heap.set(query.data, queryAt);
  heap.set(key.data, keyAt);
  heap.set(value.data, valueAt);

  const output = new Float32Array(queryRows * queryHeads * valueDim);
  const logSumExp = new Float32Array(queryRows * queryHeads);
  const sums = new Float64Array(groupSize);
  const maxima = new Float64Array(groupSize);
  const keyStride = 4 * kvHeads * headDim;
  const valueStride = 4 * kvHeads * valueDim;

  for (let row = 0; row < queryRows; row++) {
    const runs = visibleRuns(problem, row);
    for (let kvHead = 0; kvHead < kvHeads; kvHead++) {
      const firstHead = kvHead * groupSize;
      const queryPointer = 4 * (queryAt + (row * queryHeads + firstHead) * headDim);

      // Scores of every run, laid out run after run as [G, run length].
      let runOffset = 0;
      for (let r = 0; r < runs.length; r += 2) {
        const length = runs[r + 1]! - runs[r]!;
        const keyPointer = 4 * (keyAt + (runs[r]! * kvHeads + kvHead) * headDim);
        scoresByBlocks(wasm, queryPointer, keyPointer, 4 * (scoresAt + runOffset * groupSize), groupSize, headDim, length, keyStride);
        runOffset += length;
      }

      // Stable softmax in float64: maximum over the visible scores (and the sink), then weights.
      for (let g = 0; g < groupSize; g++) {
        const sink = options.sinkLogits?.[firstHead + g];
        let maximum = sink ?? -Infinity;
        let offset = 0;
        for (let r = 0; r < runs.length; r += 2) {
          const length = runs[r + 1]! - runs[r]!;
          const base = scoresAt + offset * groupSize + g * length;
          for (let j = 0; j < length; j++) maximum = Math.max(maximum, scale * heap[base + j]!);
          offset += length;
        }
        let sum = sink === undefined || maximum === -Infinity ? 0 : Math.exp(sink - maximum);
        offset = 0;
        for (let r = 0; r < runs.length; r += 2) {
          const length = runs[r + 1]! - runs[r]!;
          const base = scoresAt + offset * groupSize + g * length;
          for (let j = 0; j < length; j++) {
            const weight = Math.exp(scale * heap[base + j]! - maximum);
            heap[base + j] = weight;
            sum += weight;
          }
          offset += length;
        }
        maxima[g] = maximum;
        sums[g] = sum;
      }

      heap.fill(0, accumulatorAt, accumulatorAt + groupSize * valueDim);
      runOffset = 0;
      for (let r = 0; r < runs.length; r += 2) {
        const length = runs[r + 1]! - runs[r]!;
        const valuePointer = 4 * (valueAt + (runs[r]! * kvHeads + kvHead) * valueDim);
        accumulateByBlocks(wasm, 4 * (scoresAt + runOffset * groupSize), valuePointer, 4 * accumulatorAt, groupSize, valueDim, length, valueStride);
        runOffset += length;
      }

      for (let g = 0; g < groupSize; g++) {
        const rowHead = row * queryHeads + firstHead + g;
        if (maxima[g] === -Infinity) {
          logSumExp[rowHead] = -Infinity;
          continue;
        }
        logSumExp[rowHead] = maxima[g]! + Math.log(sums[g]!);
        if (runs.length === 0) continue;
        const inverse = 1 / sums[g]!;
        for (let c = 0; c < valueDim; c++) output[rowHead * valueDim + c] = heap[accumulatorAt + g * valueDim + c]! * inverse;
      }
    }
  }
  return {
    output: tensor(output, [queryRows, queryHeads, valueDim]),
    logSumExp: tensor(logSumExp, [queryRows, queryHeads]),
  };
}
