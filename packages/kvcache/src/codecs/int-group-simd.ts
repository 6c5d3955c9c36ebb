import type { DecodedElementType, ElementArray } from "../element-type.js";
import { KV_SIMD_LAYOUT, type KvSimd } from "../wasm/kv-simd.js";

/** The quantised block of a chunk as `[outer, length, inner]` around the group axis. */
export interface GroupShape {
  outer: number;
  length: number;
  inner: number;
  groupsPerRow: number;
  wordsPerRow: number;
}

/** A payload and the byte offsets of its scale, minimum and code sections. */
export interface GroupSections {
  payload: Uint8Array;
  scaleOffset: number;
  minOffset: number;
  wordsOffset: number;
}

// Elements per block when groups run along contiguous rows; a block's fp32 copy stays in L2.
const ROW_BLOCK_ELEMENTS = 16384;

/**
 * Lays out consecutive regions from the module's scratch area and returns their offsets and the
 * end. Region k starts k × 256
 * bytes past a 4 KiB boundary, so no two regions share their address bits below 4 KiB. Kernels
 * that read one region while writing another, row by row, then avoid the 4K-aliasing stall of
 * x86 cores.
 */
export function regions(sizes: readonly number[]): { offsets: number[]; total: number } {
  const offsets: number[] = [];
  let total = KV_SIMD_LAYOUT.scratch;
  sizes.forEach((size, k) => {
    const start = Math.ceil(total / 4096) * 4096 + k * 256;
    offsets.push(start);
    total = start + size;
  });
  return { offsets, total };
}

/** Copies `count` elements from `start` into memory as fp32 at `f32`, converting 16-bit types at `raw`. */
function loadBlock(simd: KvSimd, memory: Uint8Array, data: ElementArray, type: DecodedElementType, start: number, count: number, raw: number, f32: number): void {
  const width = type === "fp32" ? 4 : 2;
  const bytes = new Uint8Array(data.buffer, data.byteOffset + start * width, count * width);
  if (type === "fp32") {
    memory.set(bytes, f32);
    return;
  }
  memory.set(bytes, raw);
  if (type === "fp16") simd.exports.fp16ToFp32(raw, f32, count);
  else simd.exports.bf16ToFp32(raw, f32, count);
}

/**
 * Encodes the quantised block of a KIVI-style chunk with the WebAssembly kernels, writing the
 * scale, minimum and code sections of `targets.payload`. The vector width needs `inner`, or
 * `length` when `inner` is 1, to be a multiple of 4. Returns false, with nothing written, for
 * other shapes, for an empty block and when a group's range is not finite or overflows its fp16
 * parameters. The
 * JavaScript encoder then runs and reports any error; both give the same bytes.
 */
export function encodeGroupsSimd(
  simd: KvSimd,
  data: ElementArray,
  type: DecodedElementType,
  shape: GroupShape,
  encoding: { bits: number; groupSize: number },
  fp16Parameters: boolean,
  targets: GroupSections,
): boolean {
  const { outer, length, inner, groupsPerRow, wordsPerRow } = shape;
  const { bits, groupSize } = encoding;
  const alongRows = inner === 1;
  // An empty block (every token in the residual) has nothing for the kernels to do.
  if (outer * length * inner === 0) return false;
  if (alongRows ? length % 4 !== 0 : inner % 4 !== 0) return false;

  // Along rows, blocks of whole rows. Across columns, blocks of groups whose codes make at least
  // one 64-byte cache line per column, gathered in `staged` and then copied to their rows whole.
  const rowsPerBlock = alongRows ? Math.max(1, Math.floor(ROW_BLOCK_ELEMENTS / length)) : 1;
  const wordsPerGroup = (groupSize * bits) / 32;
  const groupsPerBlock = Math.min(groupsPerRow, Math.ceil(16 / wordsPerGroup));
  const blockElements = alongRows ? rowsPerBlock * length : Math.min(groupSize, length) * inner;
  const blockGroups = alongRows ? rowsPerBlock * groupsPerRow : inner;
  const stagedStride = groupsPerBlock * wordsPerGroup * 4;
  const groupCount = outer * inner * groupsPerRow;
  const parameterBytes = fp16Parameters ? 2 : 4;
  const sectionBytes = groupCount * parameterBytes;
  const wordsBytes = outer * inner * wordsPerRow * 4;
  const layout = regions([
    blockElements * 2,
    blockElements * 4,
    blockGroups * 4,
    blockGroups * 4,
    blockGroups * 8,
    blockGroups * 8,
    blockGroups * 4,
    alongRows ? 0 : inner * stagedStride,
    sectionBytes,
    sectionBytes,
    wordsBytes,
  ]);
  const [raw, f32, low, high, scales, minimums, pending, staged, scaleOut, minOut, words] = layout.offsets as [
    number, number, number, number, number, number, number, number, number, number, number,
  ];
  const memory = simd.reserve(layout.total);
  const levels = 2 ** bits - 1;
  const fp16 = fp16Parameters ? 1 : 0;
  const { exports } = simd;

  if (alongRows) {
    for (let row = 0; row < outer; row += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, outer - row);
      loadBlock(simd, memory, data, type, row * length, rows * length, raw, f32);
      if (exports.groupRange(f32, rows, length, groupSize, low, high) !== 0) return false;
      const first = row * groupsPerRow;
      const status = exports.groupParameters(low, high, rows * groupsPerRow, levels, fp16, scaleOut + first * parameterBytes, minOut + first * parameterBytes, 1, scales, minimums);
      if (status >= 0) return false;
      exports.groupCodes(f32, rows, length, groupSize, bits, scales, minimums, words + row * wordsPerRow * 4, wordsPerRow);
    }
  } else {
    for (let o = 0; o < outer; o++) {
      for (let g0 = 0; g0 < groupsPerRow; g0 += groupsPerBlock) {
        const g1 = Math.min(groupsPerRow, g0 + groupsPerBlock);
        for (let g = g0; g < g1; g++) {
          const j0 = g * groupSize;
          const rows = Math.min(groupSize, length - j0);
          const start = (o * length + j0) * inner;
          if (type === "fp16") {
            // Conversion and column ranges in one pass over the block.
            memory.set(new Uint8Array(data.buffer, data.byteOffset + start * 2, rows * inner * 2), raw);
            if (exports.fp16ColumnRange(raw, f32, rows, inner, low, high) !== 0) return false;
          } else {
            loadBlock(simd, memory, data, type, start, rows * inner, raw, f32);
            if (exports.columnRange(f32, rows, inner, low, high) !== 0) return false;
          }
          const first = o * inner * groupsPerRow + g;
          const status = exports.groupParameters(low, high, inner, levels, fp16, scaleOut + first * parameterBytes, minOut + first * parameterBytes, groupsPerRow, scales, minimums);
          if (status >= 0) return false;
          exports.columnCodes(f32, rows, inner, bits, scales, minimums, pending, staged + (g - g0) * wordsPerGroup * 4, stagedStride);
        }
        const blockWords = Math.ceil((Math.min(length, g1 * groupSize) - g0 * groupSize) * bits / 32);
        exports.copyRuns(staged, stagedStride, words + (o * inner * wordsPerRow + g0 * wordsPerGroup) * 4, wordsPerRow * 4, inner, blockWords * 4);
      }
    }
  }

  const { payload } = targets;
  payload.set(memory.subarray(scaleOut, scaleOut + sectionBytes), targets.scaleOffset);
  payload.set(memory.subarray(minOut, minOut + sectionBytes), targets.minOffset);
  payload.set(memory.subarray(words, words + wordsBytes), targets.wordsOffset);
  return true;
}
