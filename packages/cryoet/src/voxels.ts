// Conversion between the stored bytes of a data block and typed arrays.
import { copyBytes, withArrayBuffer } from "./copy-bytes.js";
import { MrcError } from "./errors.js";
import { float16Table, numberToFloat16Bits } from "./float16.js";
import type { MrcMode } from "./modes.js";

/**
 * Voxel values of an MRC file, in file order. Modes 3 and 4 interleave real and imaginary parts,
 * mode 16 interleaves R, G, B, mode 12 is widened to float32 exactly, and mode 101 gives one
 * byte (0-15) per voxel. The arrays that the package returns own an `ArrayBuffer` (the default
 * type argument), so TypeScript 5.7 and later accept them as a `BlobPart` or `BufferSource`.
 */
export type MrcData<Buffer extends ArrayBufferLike = ArrayBuffer> = Int8Array<Buffer> | Uint8Array<Buffer> | Int16Array<Buffer> | Uint16Array<Buffer> | Float32Array<Buffer>;

/** Voxel values that the package accepts: {@link MrcData} over any buffer, a `SharedArrayBuffer` included. */
export type MrcDataInput = MrcData<ArrayBufferLike>;

/** True on little-endian platforms, where little-endian blocks can be viewed without copying. */
export const PLATFORM_LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * Reverses the byte order of every whole 2- or 4-byte element of `bytes` in place. Aligned bytes
 * are swapped a word at a time. A trailing partial element is left as it is.
 */
export function swapByteOrder(bytes: Uint8Array, elementBytes: number): void {
  if (elementBytes === 4 && bytes.byteOffset % 4 === 0) {
    const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      words[index] = (word << 24) | ((word & 0xff00) << 8) | ((word >>> 8) & 0xff00) | (word >>> 24);
    }
  } else if (elementBytes === 2 && bytes.byteOffset % 2 === 0) {
    const halves = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
    for (let index = 0; index < halves.length; index++) {
      const half = halves[index]!;
      halves[index] = (half << 8) | (half >>> 8);
    }
  } else if (elementBytes === 2) {
    for (let index = 0; index + 1 < bytes.length; index += 2) {
      const first = bytes[index]!;
      bytes[index] = bytes[index + 1]!;
      bytes[index + 1] = first;
    }
  } else if (elementBytes === 4) {
    for (let index = 0; index + 3 < bytes.length; index += 4) {
      const b0 = bytes[index]!;
      const b1 = bytes[index + 1]!;
      bytes[index] = bytes[index + 3]!;
      bytes[index + 1] = bytes[index + 2]!;
      bytes[index + 2] = b1;
      bytes[index + 3] = b0;
    }
  }
}

/**
 * Returns `bytes` in platform order at an aligned offset. Copies only when `copy` is set, or when a
 * swap or alignment is needed and `inPlace` is not allowed (or the bytes are misaligned).
 */
function platformBytes(bytes: Uint8Array<ArrayBuffer>, elementBytes: number, littleEndian: boolean, copy: boolean, inPlace: boolean): Uint8Array<ArrayBuffer> {
  const needsSwap = elementBytes > 1 && littleEndian !== PLATFORM_LITTLE_ENDIAN;
  const aligned = bytes.byteOffset % elementBytes === 0;
  if (inPlace && aligned) {
    if (needsSwap) swapByteOrder(bytes, elementBytes);
    return bytes;
  }
  if (!copy && !needsSwap && aligned) return bytes;
  const copied = copyBytes(bytes);
  if (needsSwap) swapByteOrder(copied, elementBytes);
  return copied;
}

/** Unpacks mode-101 rows of ceil(nx / 2) bytes, low nibble first, dropping the padding nibble of odd rows. */
export function unpackFourBit(bytes: Uint8Array, nx: number, rows: number): Uint8Array<ArrayBuffer> {
  const rowBytes = Math.ceil(nx / 2);
  const out = new Uint8Array(nx * rows);
  for (let row = 0; row < rows; row++) {
    const source = row * rowBytes;
    const target = row * nx;
    for (let x = 0; x < nx; x++) {
      const byte = bytes[source + (x >> 1)]!;
      out[target + x] = x & 1 ? byte >> 4 : byte & 0x0f;
    }
  }
  return out;
}

/** Packs values 0-15 into mode-101 rows; the padding nibble of odd rows is 0. */
export function packFourBit(values: ArrayLike<number>, nx: number, rows: number): Uint8Array<ArrayBuffer> {
  const rowBytes = Math.ceil(nx / 2);
  const out = new Uint8Array(rowBytes * rows);
  for (let row = 0; row < rows; row++) {
    for (let x = 0; x < nx; x++) {
      const value = values[row * nx + x]!;
      if (!Number.isInteger(value) || value < 0 || value > 15) {
        throw new MrcError("OUT_OF_RANGE", `Invalid mode-101 value ${value} at index ${row * nx + x}: expected an integer from 0 to 15.`, {
          field: "data",
          value,
        });
      }
      out[row * rowBytes + (x >> 1)]! |= x & 1 ? value << 4 : value;
    }
  }
  return out;
}

/** Options of {@link decodeVoxels}. */
export interface DecodeVoxelsOptions {
  mode: MrcMode;
  littleEndian: boolean;
  /** Mode 0 only: decode the bytes as int8 (true) or uint8 (false). */
  signedBytes: boolean;
  /** Row length in voxels, needed to unpack mode 101. */
  nx: number;
  /** Copy the bytes even when a view would do, so that the result owns its memory. */
  copy?: boolean;
  /**
   * The caller gives up `bytes`: the result may be a view of them with the byte order swapped in
   * place, so no copy is made for aligned data of either byte order. `copy` is then not needed.
   */
  inPlace?: boolean;
}

/**
 * Decodes stored voxel bytes into a typed array. For little-endian data on a little-endian
 * platform at an aligned offset, the result is a view of `bytes` unless `copy` is set. With
 * `inPlace`, aligned data of either byte order is decoded in `bytes` themselves (modes 12 and
 * 101 always decode into a new array).
 */
export function decodeVoxels(input: Uint8Array, options: DecodeVoxelsOptions): MrcData {
  const { mode, littleEndian } = options;
  const bytes = withArrayBuffer(input);
  const inPlace = options.inPlace ?? false;
  const copy = (options.copy ?? false) && !inPlace;
  switch (mode) {
    case 0: {
      const source = copy ? copyBytes(bytes) : bytes;
      return options.signedBytes
        ? new Int8Array(source.buffer, source.byteOffset, source.length)
        : new Uint8Array(source.buffer, source.byteOffset, source.length);
    }
    case 16:
      return copy ? copyBytes(bytes) : bytes;
    case 1:
    case 3: {
      const source = platformBytes(bytes, 2, littleEndian, copy, inPlace);
      return new Int16Array(source.buffer, source.byteOffset, source.length >> 1);
    }
    case 6: {
      const source = platformBytes(bytes, 2, littleEndian, copy, inPlace);
      return new Uint16Array(source.buffer, source.byteOffset, source.length >> 1);
    }
    case 2:
    case 4: {
      const source = platformBytes(bytes, 4, littleEndian, copy, inPlace);
      return new Float32Array(source.buffer, source.byteOffset, source.length >> 2);
    }
    case 12: {
      const table = float16Table();
      const count = bytes.length >> 1;
      const out = new Float32Array(count);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
      for (let index = 0; index < count; index++) out[index] = table[view.getUint16(index * 2, littleEndian)]!;
      return out;
    }
    case 101: {
      const rowBytes = Math.ceil(options.nx / 2);
      return unpackFourBit(bytes, options.nx, rowBytes === 0 ? 0 : Math.floor(bytes.length / rowBytes));
    }
  }
}

/** Encodes voxel values as stored bytes of `mode` in the given byte order. */
export function encodeVoxels(data: ArrayLike<number>, mode: MrcMode, littleEndian: boolean, nx: number): Uint8Array<ArrayBuffer> {
  if (mode === 101) return packFourBit(data, nx, nx === 0 ? 0 : data.length / nx);
  if (mode === 0 || mode === 16) return Uint8Array.from(data as ArrayLike<number>, (value) => value & 0xff);
  const elementBytes = mode === 2 || mode === 4 ? 4 : 2;
  const out = new Uint8Array(data.length * elementBytes);
  const view = new DataView(out.buffer);
  switch (mode) {
    case 1:
    case 3:
      for (let index = 0; index < data.length; index++) view.setInt16(index * 2, data[index]!, littleEndian);
      break;
    case 6:
      for (let index = 0; index < data.length; index++) view.setUint16(index * 2, data[index]!, littleEndian);
      break;
    case 12:
      for (let index = 0; index < data.length; index++) view.setUint16(index * 2, numberToFloat16Bits(data[index]!), littleEndian);
      break;
    case 2:
    case 4:
      if (littleEndian === PLATFORM_LITTLE_ENDIAN && data instanceof Float32Array) {
        out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      } else {
        for (let index = 0; index < data.length; index++) view.setFloat32(index * 4, data[index]!, littleEndian);
      }
      break;
  }
  return out;
}
