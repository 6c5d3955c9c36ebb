// Typed views of FEI1 and FEI2 extended headers: one block per section, each block's first
// int32 ("Metadata size") giving its length, 768 (FEI1) or 888 (FEI2).
import { FEI_FIELDS } from "./fei-fields.js";
import type { ProblemLog } from "./problems.js";

/** One decoded FEI block: field name to value (numbers, booleans or trimmed strings). */
export type FeiBlock = Record<string, number | boolean | string>;

/** The decoded FEI extended header. */
export interface FeiExtendedHeader {
  type: "FEI1" | "FEI2";
  /** Block length in bytes from the first block's "Metadata size". */
  blockBytes: number;
  blocks: FeiBlock[];
}

const BLOCK_BYTES: Record<number, "FEI1" | "FEI2"> = { 768: "FEI1", 888: "FEI2" };
const BITMASKS = new Set(["bitmask1", "bitmask2", "bitmask3", "bitmask4"]);

function decodeBlock(view: DataView, start: number, blockBytes: number, littleEndian: boolean): FeiBlock {
  const block: FeiBlock = {};
  for (const field of FEI_FIELDS) {
    if (field.offset + field.bytes > blockBytes) continue;
    const offset = start + field.offset;
    switch (field.type) {
      case "int32":
        block[field.name] = view.getInt32(offset, littleEndian);
        break;
      case "uint32":
        // The bitmasks are little-endian in every file.
        block[field.name] = view.getUint32(offset, BITMASKS.has(field.name) ? true : littleEndian);
        break;
      case "float64":
        block[field.name] = view.getFloat64(offset, littleEndian);
        break;
      case "int64":
        block[field.name] = Number(view.getBigInt64(offset, littleEndian));
        break;
      case "bool":
        block[field.name] = view.getUint8(offset) !== 0;
        break;
      case "string": {
        let text = "";
        for (let index = 0; index < field.bytes; index++) {
          const byte = view.getUint8(offset + index);
          if (byte === 0) break;
          text += String.fromCharCode(byte);
        }
        block[field.name] = text;
        break;
      }
    }
  }
  return block;
}

/** The blocks of an FEI extended header: their type, their length and how many to decode. */
export interface FeiBlockLayout {
  type: "FEI1" | "FEI2";
  /** Block length in bytes from the first block's "Metadata size". */
  blockBytes: number;
  /** Whole blocks to decode: one per section, or fewer when the extended header is short. */
  count: number;
}

/**
 * Runs check 8 on an FEI1 or FEI2 extended header of `extendedBytes` bytes whose first int32,
 * the first block's "Metadata size", is `metadataSize`. Needs only those four bytes, so a lazy
 * reader can check a header without reading it. Returns null with a check-8 warning when the
 * header is shorter than 8 bytes (`metadataSize` is then ignored) or its block size is not 768 or
 * 888. Warns and counts only the whole blocks present when it holds fewer than `sections`.
 */
export function feiBlockLayout(extendedBytes: number, metadataSize: number, exttyp: string, sections: number, log: ProblemLog): FeiBlockLayout | null {
  if (extendedBytes < 8) {
    log.warn({ check: 8, code: "INVALID_FEI_BLOCKS", field: "NSYMBT", value: extendedBytes, message: `EXTTYP is ${exttyp} but the extended header has only ${extendedBytes} bytes.` }, "The FEI view is null.");
    return null;
  }
  const type = BLOCK_BYTES[metadataSize];
  if (type === undefined) {
    log.warn({ check: 8, code: "INVALID_FEI_BLOCKS", field: "Metadata size", value: metadataSize, message: `EXTTYP is ${exttyp} but the first block's Metadata size is ${metadataSize}; expected 768 (FEI1) or 888 (FEI2).` }, "The FEI view is null.");
    return null;
  }
  const blockBytes = metadataSize;
  const expectedBytes = sections * blockBytes;
  let count = Math.max(0, sections);
  if (extendedBytes < expectedBytes) {
    count = Math.floor(extendedBytes / blockBytes);
    log.warn(
      { check: 8, code: "INVALID_FEI_BLOCKS", field: "NSYMBT", value: extendedBytes, message: `NSYMBT is ${extendedBytes}, less than ${sections} sections × ${blockBytes}-byte ${type} blocks (${expectedBytes} bytes).` },
      `Decoding the ${count} whole blocks present.`,
    );
  }
  return { type, blockBytes, count };
}

/**
 * Decodes the blocks that {@link feiBlockLayout} found, from `bytes`, which start at the first
 * block and hold at least `count × blockBytes` bytes.
 */
export function decodeFeiBlocks(bytes: Uint8Array, blocks: FeiBlockLayout, littleEndian: boolean): FeiExtendedHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoded: FeiBlock[] = [];
  for (let index = 0; index < blocks.count; index++) decoded.push(decodeBlock(view, index * blocks.blockBytes, blocks.blockBytes, littleEndian));
  return { type: blocks.type, blockBytes: blocks.blockBytes, blocks: decoded };
}

/**
 * Decodes an FEI1 or FEI2 extended header into one record per section. Block `k` starts at
 * `k × Metadata size`, never at NSYMBT / NZ, because Velox pads FEI2 headers to 512 bytes.
 * Returns null with a check-8 warning when the header is shorter than 8 bytes or its block size
 * is not 768 or 888; reads only the whole blocks present when it holds fewer than `sections`.
 */
export function decodeFeiExtendedHeader(
  extendedHeader: Uint8Array,
  exttyp: string,
  littleEndian: boolean,
  sections: number,
  log: ProblemLog,
): FeiExtendedHeader | null {
  const metadataSize = extendedHeader.length < 4 ? 0 : new DataView(extendedHeader.buffer, extendedHeader.byteOffset, 4).getInt32(0, littleEndian);
  const blocks = feiBlockLayout(extendedHeader.length, metadataSize, exttyp, sections, log);
  return blocks === null ? null : decodeFeiBlocks(extendedHeader, blocks, littleEndian);
}
