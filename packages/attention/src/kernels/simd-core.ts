import { AttentionError } from "../errors.js";
import type { AttentionProblem, AttentionResult } from "./sdpa.js";
import { createBlockRuns } from "./simd-runs.js";
import { emptySoftmaxStates, finalizeSoftmaxStates } from "./softmax.js";
import { tensor } from "./tensor.js";

/** Exports of the assembled `attention-simd.wat` module. */
export interface SimdExports {
  readonly memory: WebAssembly.Memory;
  attend(
    query: number,
    count: number,
    key: number,
    keyStride: number,
    value: number,
    valueStride: number,
    keys: number,
    dim: number,
    valueDim: number,
    scale: number,
    state: number,
    output: number,
    scratch: number,
  ): void;
  exp_in_place(pointer: number, count: number): void;
  /** 1 once a tile held a score of −∞ since the caller last set it to 0. */
  readonly negative_infinite_score: WebAssembly.Global;
}

/**
 * Where the keys and values of one call sit in module memory, in bytes: row `j` of KV head `h`
 * starts at `keyAt + h·keyHeadStride + j·keyRowStride` (values alike). Each row is
 * `paddedWidth(d)` floats long, and the channels past `d` are zero. Scratch space starts at
 * `scratchAt` and may grow the memory.
 */
export interface KvPlacement {
  readonly keyAt: number;
  readonly keyRowStride: number;
  readonly keyHeadStride: number;
  readonly valueAt: number;
  readonly valueRowStride: number;
  readonly valueHeadStride: number;
  readonly scratchAt: number;
}

/** Bytes of tile scores per query vector; must match the 64-key tiles of `attention-simd.wat`. */
const TILE_SCORE_BYTES = 256;
/** Query vectors per pass over a key tile when several query rows share their visible keys. */
const QUERY_VECTORS_PER_PASS = 16;
/** Keys each KV head attends before the next head takes its turn on the same key rows. */
const KEYS_PER_CHUNK = 256;

/**
 * Returns the stored width of a row of `width` channels: the next multiple of 8 floats, the
 * step of the kernels' inner loops. Zero channels change neither dot products nor value sums.
 */
export function paddedWidth(width: number): number {
  return Math.ceil(width / 8) * 8;
}

/**
 * Copies `rows` rows of `width` floats from `source` into `heap` at float offset `at`, each
 * padded with zeros to `paddedWidth(width)`.
 */
export function copyPaddedRows(heap: Float32Array, at: number, source: Float32Array, rows: number, width: number): void {
  const stride = paddedWidth(width);
  if (stride === width) {
    heap.set(source.subarray(0, rows * width), at);
    return;
  }
  for (let row = 0; row < rows; row++) {
    heap.set(source.subarray(row * width, (row + 1) * width), at + row * stride);
    heap.fill(0, at + row * stride + width, at + (row + 1) * stride);
  }
}

/** The purpose of a memory request, for {@link ensureMemory}'s error: the field at fault and the fix. */
export interface MemoryRequest {
  readonly field: string;
  readonly remedy: string;
}

/** The request of one attention call, whose keys and values are copied into module memory. */
const ATTENTION_CALL_REQUEST: MemoryRequest = {
  field: "key",
  remedy: "Split the keys into tiles and merge the softmax states, or use the reference scaledDotProductAttention.",
};

/**
 * Grows the module memory to at least `bytes`, or throws `INVALID_SHAPE` naming `request.field`
 * when the engine cannot grow it.
 */
export function ensureMemory(wasm: SimdExports, bytes: number, request: MemoryRequest = ATTENTION_CALL_REQUEST): void {
  const missing = bytes - wasm.memory.buffer.byteLength;
  if (missing <= 0) return;
  try {
    wasm.memory.grow(Math.ceil(missing / 65_536));
  } catch (error) {
    throw new AttentionError(
      "INVALID_SHAPE",
      `The SIMD attention path needs ${bytes} bytes of WebAssembly memory, which the engine did not grant (32-bit WebAssembly addresses at most 4 GiB). ${request.remedy}`,
      { field: request.field, value: bytes, cause: error },
    );
  }
}

/**
 * Runs attention for `problem` with the keys and values already in module memory at
 * `placement`, and the queries `[T_q, H_q, d]` in `queryData`. Query rows are attended in
 * blocks, and the keys visible to every row of a block pass once for all of the block's query
 * vectors of a KV head. Each row then attends its own remaining keys. Every KV head advances through a run in chunks
 * of `KEYS_PER_CHUNK` keys before the next chunk starts, so row-major K and V, where one key
 * row of all heads spans several memory pages, are read page by page. States are finalised as
 * the reference does, so empty rows and learned sinks follow the same rules.
 */
export function attendResident(
  wasm: SimdExports,
  problem: AttentionProblem,
  queryData: Float32Array,
  placement: KvPlacement,
  sinkLogits: Float32Array | undefined,
): AttentionResult {
  const { queryRows, queryHeads, kvHeads, headDim, valueDim, groupSize, scale } = problem;
  // No query vectors: the block sizes below divide by the group size, which is 0 without query heads.
  if (queryRows === 0 || queryHeads === 0) {
    return {
      output: tensor(new Float32Array(0), [queryRows, queryHeads, valueDim]),
      logSumExp: tensor(new Float32Array(0), [queryRows, queryHeads]),
    };
  }
  const headWidth = paddedWidth(headDim);
  const valueWidth = paddedWidth(valueDim);
  const rowsPerBlock = Math.max(1, Math.floor(QUERY_VECTORS_PER_PASS / groupSize));
  const vectors = rowsPerBlock * groupSize;

  // Scratch layout in bytes: packed queries, [m, l] float64 pairs and outputs, each with one
  // area per KV head, then one shared area of tile scores and rescale factors.
  const queryAt = alignTo16(placement.scratchAt);
  const stateAt = queryAt + 4 * kvHeads * vectors * headWidth;
  const outputAt = stateAt + 16 * kvHeads * vectors;
  const tileAt = outputAt + 4 * kvHeads * vectors * valueWidth;
  ensureMemory(wasm, tileAt + (TILE_SCORE_BYTES + 4) * vectors);
  const heap = new Float32Array(wasm.memory.buffer);
  const stateHeap = new Float64Array(wasm.memory.buffer, stateAt, 2 * kvHeads * vectors);

  /** Attends `count` query vectors of every KV head, from vector `vectorOffset` of each head's block, to `runs`. */
  const attendRuns = (runs: number[], vectorOffset: number, count: number): void => {
    for (let r = 0; r < runs.length; r += 2) {
      for (let start = runs[r]!; start < runs[r + 1]!; start += KEYS_PER_CHUNK) {
        const keys = Math.min(KEYS_PER_CHUNK, runs[r + 1]! - start);
        for (let kvHead = 0; kvHead < kvHeads; kvHead++) {
          const vector = kvHead * vectors + vectorOffset;
          wasm.attend(
            queryAt + 4 * vector * headWidth,
            count,
            placement.keyAt + kvHead * placement.keyHeadStride + start * placement.keyRowStride,
            placement.keyRowStride,
            placement.valueAt + kvHead * placement.valueHeadStride + start * placement.valueRowStride,
            placement.valueRowStride,
            keys,
            headWidth,
            valueWidth,
            scale,
            stateAt + 16 * vector,
            outputAt + 4 * vector * valueWidth,
            tileAt,
          );
        }
      }
    }
  };

  const states = emptySoftmaxStates(queryRows * queryHeads, valueDim);
  const blockRuns = createBlockRuns(problem, rowsPerBlock);
  for (let first = 0; first < queryRows; first += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, queryRows - first);
    const { shared, own } = blockRuns(first, rows);

    for (let kvHead = 0; kvHead < kvHeads; kvHead++) {
      for (let i = 0; i < rows; i++) {
        const from = ((first + i) * queryHeads + kvHead * groupSize) * headDim;
        copyPaddedRows(heap, queryAt / 4 + (kvHead * vectors + i * groupSize) * headWidth, queryData.subarray(from), groupSize, headDim);
      }
    }
    for (let x = 0; x < kvHeads * vectors; x++) {
      stateHeap[2 * x] = -Infinity;
      stateHeap[2 * x + 1] = 0;
    }
    heap.fill(0, outputAt / 4, outputAt / 4 + kvHeads * vectors * valueWidth);

    attendRuns(shared, 0, rows * groupSize);
    for (let i = 0; i < rows; i++) attendRuns(own[i]!, i * groupSize, groupSize);

    for (let kvHead = 0; kvHead < kvHeads; kvHead++) {
      for (let i = 0; i < rows; i++) {
        for (let g = 0; g < groupSize; g++) {
          const x = kvHead * vectors + i * groupSize + g;
          const stateRow = (first + i) * queryHeads + kvHead * groupSize + g;
          states.max[stateRow] = stateHeap[2 * x]!;
          states.sum[stateRow] = stateHeap[2 * x + 1]!;
          const from = outputAt / 4 + x * valueWidth;
          for (let c = 0; c < valueDim; c++) states.output[stateRow * valueDim + c] = heap[from + c]!;
        }
      }
    }
  }

  const finalized = finalizeSoftmaxStates(states, sinkLogits === undefined ? undefined : (row) => sinkLogits[row % queryHeads]!);
  return {
    output: tensor(finalized.output, [queryRows, queryHeads, valueDim]),
    logSumExp: tensor(finalized.logSumExp, [queryRows, queryHeads]),
  };
}

function alignTo16(bytes: number): number {
  return Math.ceil(bytes / 16) * 16;
}
