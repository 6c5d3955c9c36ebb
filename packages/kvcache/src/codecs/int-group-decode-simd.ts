import { allocateElements, type DecodedElementType, type ElementArray } from "../element-type.js";
import type { KvSimd } from "../wasm/kv-simd.js";
import { regions, type GroupShape, type GroupSections } from "./int-group-simd.js";

// Output elements per block when groups run along rows; a block's outputs stay in L2.
const ROW_BLOCK_ELEMENTS = 16384;
const TYPE_CODES: Record<DecodedElementType, number> = { fp16: 0, bf16: 1, fp32: 2 };

/**
 * Decodes the quantised block of a KIVI-style chunk with the WebAssembly kernels: each output is
 * `round(code × scale + minimum)` in the element type, through a per-group table of every code's
 * output when a group has at least as many elements as codes. Returns undefined for an empty
 * block and when a stored scale or minimum is not finite; the JavaScript decoder then runs.
 * Both give the same values, bit for bit.
 */
export function decodeGroupsSimd(
  simd: KvSimd,
  sections: GroupSections,
  shape: GroupShape,
  encoding: { bits: number; groupSize: number },
  fp16Parameters: boolean,
  type: DecodedElementType,
): ElementArray | undefined {
  const { outer, length, inner, groupsPerRow, wordsPerRow } = shape;
  const { bits, groupSize } = encoding;
  const levels = 2 ** bits - 1;
  const useTables = levels + 1 <= groupSize;
  const width = type === "fp32" ? 4 : 2;
  const alongRows = inner === 1;
  // An empty block (every token in the residual) has nothing for the kernels to do.
  if (outer * length * inner === 0) return undefined;

  const groupCount = outer * inner * groupsPerRow;
  const parameterBytes = fp16Parameters ? 2 : 4;
  const wordsBytes = outer * inner * wordsPerRow * 4;
  const rowsPerBlock = alongRows ? Math.max(1, Math.floor(ROW_BLOCK_ELEMENTS / length)) : 1;
  const blockGroups = alongRows ? rowsPerBlock * groupsPerRow : inner;
  // Across columns, the block's rows are padded by one cache line so that a column's outputs,
  // a row apart, fall in different cache sets.
  const blockRowBytes = alongRows ? length * width : inner * width + 64;
  const blockRows = alongRows ? rowsPerBlock : Math.min(groupSize, length);
  const layout = regions([
    groupCount * parameterBytes,
    groupCount * parameterBytes,
    wordsBytes,
    blockGroups * 8,
    blockGroups * 8,
    useTables ? blockGroups * (levels + 1) * width : 0,
    blockRows * blockRowBytes,
  ]);
  const [scaleIn, minIn, words, scales, minimums, tableRegion, block] = layout.offsets as [number, number, number, number, number, number, number];
  const tables = useTables ? tableRegion : 0;
  const memory = simd.reserve(layout.total);
  const { payload } = sections;
  const base = payload.byteOffset;
  memory.set(new Uint8Array(payload.buffer, base + sections.scaleOffset, groupCount * parameterBytes), scaleIn);
  memory.set(new Uint8Array(payload.buffer, base + sections.minOffset, groupCount * parameterBytes), minIn);
  memory.set(new Uint8Array(payload.buffer, base + sections.wordsOffset, wordsBytes), words);

  const quantised = allocateElements(type, outer * length * inner);
  const output = new Uint8Array(quantised.buffer, quantised.byteOffset, quantised.byteLength);
  const typeCode = TYPE_CODES[type];
  const fp16 = fp16Parameters ? 1 : 0;
  const { exports } = simd;

  if (alongRows) {
    for (let row = 0; row < outer; row += rowsPerBlock) {
      const rows = Math.min(rowsPerBlock, outer - row);
      const first = row * groupsPerRow;
      const status = exports.decodeParameters(scaleIn + first * parameterBytes, minIn + first * parameterBytes, rows * groupsPerRow, 1, fp16, levels, typeCode, scales, minimums, tables);
      if (status >= 0) return undefined;
      exports.decodeRows(words + row * wordsPerRow * 4, wordsPerRow, rows, length, groupSize, bits, typeCode, tables, scales, minimums, block);
      output.set(memory.subarray(block, block + rows * length * width), row * length * width);
    }
    return quantised;
  }

  for (let o = 0; o < outer; o++) {
    for (let g = 0; g < groupsPerRow; g++) {
      const j0 = g * groupSize;
      const rows = Math.min(groupSize, length - j0);
      const first = o * inner * groupsPerRow + g;
      const status = exports.decodeParameters(scaleIn + first * parameterBytes, minIn + first * parameterBytes, inner, groupsPerRow, fp16, levels, typeCode, scales, minimums, tables);
      if (status >= 0) return undefined;
      exports.decodeColumns(words + o * inner * wordsPerRow * 4, wordsPerRow * 4, j0, rows, inner, bits, typeCode, tables, scales, minimums, block, blockRowBytes);
      const target = (o * length + j0) * inner * width;
      for (let row = 0; row < rows; row++) {
        const start = block + row * blockRowBytes;
        output.set(memory.subarray(start, start + inner * width), target + row * inner * width);
      }
    }
  }
  return quantised;
}
