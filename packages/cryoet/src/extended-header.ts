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
  if (extendedHeader.length < 8) {
    log.warn({ check: 8, code: "INVALID_FEI_BLOCKS", field: "NSYMBT", value: extendedHeader.length, message: `EXTTYP is ${exttyp} but the extended header has only ${extendedHeader.length} bytes.` }, "The FEI view is null.");
    return null;
  }
  const view = new DataView(extendedHeader.buffer, extendedHeader.byteOffset, extendedHeader.byteLength);
  const blockBytes = view.getInt32(0, littleEndian);
  const type = BLOCK_BYTES[blockBytes];
  if (type === undefined) {
    log.warn({ check: 8, code: "INVALID_FEI_BLOCKS", field: "Metadata size", value: blockBytes, message: `EXTTYP is ${exttyp} but the first block's Metadata size is ${blockBytes}; expected 768 (FEI1) or 888 (FEI2).` }, "The FEI view is null.");
    return null;
  }
  const expectedBytes = sections * blockBytes;
  let count = Math.max(0, sections);
  if (extendedHeader.length < expectedBytes) {
    count = Math.floor(extendedHeader.length / blockBytes);
    log.warn(
      { check: 8, code: "INVALID_FEI_BLOCKS", field: "NSYMBT", value: extendedHeader.length, message: `NSYMBT is ${extendedHeader.length}, less than ${sections} sections × ${blockBytes}-byte ${type} blocks (${expectedBytes} bytes).` },
      `Decoding the ${count} whole blocks present.`,
    );
  }
  const blocks: FeiBlock[] = [];
  for (let index = 0; index < count; index++) blocks.push(decodeBlock(view, index * blockBytes, blockBytes, littleEndian));
  return { type, blockBytes, blocks };
}
