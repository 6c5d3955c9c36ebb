import { createCRC32, createXXHash3, createXXHash64, type IHasher } from "hash-wasm";

/** Checksum algorithms a frame can name, with their frame ids (version 1). */
export const CHECKSUM_IDS = { crc32: 1, crc32c: 2, xxh64: 3, xxh3: 4 } as const;

/** A checksum algorithm name: CRC-32 (IEEE), CRC-32C (Castagnoli), xxHash64 or XXH3-64. */
export type ChecksumAlgorithm = keyof typeof CHECKSUM_IDS;

/** The default per-chunk and header checksum: xxHash64, seed 0. */
export const DEFAULT_CHECKSUM: ChecksumAlgorithm = "xxh64";

/** Computes one checksum as a 64-bit unsigned value (32-bit results zero-extended). */
export type ChecksumFunction = (bytes: Uint8Array) => bigint;

/** Synchronous checksum functions for every algorithm, ready to use once loaded. */
export type Checksums = Readonly<Record<ChecksumAlgorithm, ChecksumFunction>>;

function wrap(hasher: IHasher, bytesOut: 4 | 8): ChecksumFunction {
  return (bytes) => {
    hasher.init();
    hasher.update(bytes);
    const digest = hasher.digest("binary");
    // hash-wasm returns the digest big-endian, as the algorithms' canonical byte order is.
    let value = 0n;
    for (let i = 0; i < bytesOut; i++) value = (value << 8n) | BigInt(digest[i]!);
    return value;
  };
}

let loaded: Promise<Checksums> | undefined;

/**
 * Loads the checksum functions from hash-wasm (WebAssembly, so the same code runs in Node and
 * browsers). CRC-32 and CRC-32C are the reflected forms with initial value and final XOR
 * 0xFFFFFFFF (polynomials 0xEDB88320 and 0x82F63B78); xxHash64 and XXH3-64 use seed 0.
 * Loading is asynchronous once; the returned functions are synchronous.
 */
export function loadChecksums(): Promise<Checksums> {
  loaded ??= Promise.all([createCRC32(0xedb88320), createCRC32(0x82f63b78), createXXHash64(0, 0), createXXHash3(0, 0)]).then(
    ([crc32, crc32c, xxh64, xxh3]) => ({
      crc32: wrap(crc32, 4),
      crc32c: wrap(crc32c, 4),
      xxh64: wrap(xxh64, 8),
      xxh3: wrap(xxh3, 8),
    }),
  );
  return loaded;
}
