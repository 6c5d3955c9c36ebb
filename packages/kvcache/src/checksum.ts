import { createCRC32, createXXHash3, createXXHash64, type IHasher } from "hash-wasm";

import { describeValue } from "./describe-value.js";
import { KvCacheError } from "./errors.js";

/** Checksum algorithms a frame can name, with their frame ids (version 1). The writer reads the ids here, so the table is frozen. */
export const CHECKSUM_IDS = Object.freeze({ crc32: 1, crc32c: 2, xxh64: 3, xxh3: 4 } as const);

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

/** Options of {@link loadChecksums}. */
export interface LoadChecksumsOptions {
  /**
   * Use the native xxHash64 of `@node-rs/xxhash` where it loads, that is in Node with the
   * optional dependency installed. It gives the same values as hash-wasm's and runs faster on
   * data in cache. Default true. Elsewhere, and with false, every function comes from hash-wasm.
   */
  native?: boolean;
}

/** The native module's entry point, as `@node-rs/xxhash` 1.7 exports it. */
interface NativeXxhash {
  xxh64(input: Uint8Array, seed?: bigint): bigint;
}

const loaded = new Map<boolean, Promise<Checksums>>();
const providers = new WeakMap<ChecksumFunction, string>();

/** Returns the library that computes `checksum`: `"@node-rs/xxhash"` or `"hash-wasm"`. */
export function checksumProvider(checksum: ChecksumFunction): string {
  return providers.get(checksum) ?? "unknown";
}

function provided(checksum: ChecksumFunction, provider: string): ChecksumFunction {
  providers.set(checksum, provider);
  return checksum;
}

/** Returns the error for options of {@link loadChecksums} that are not `{ native?: boolean }`, or undefined. */
function checkLoadOptions(options: LoadChecksumsOptions): KvCacheError | undefined {
  if (options === null || typeof options !== "object") {
    return new KvCacheError("INVALID_ARGUMENT", `Invalid options of loadChecksums: expected { native?: boolean }, got ${describeValue(options)}.`, { field: "options" });
  }
  for (const key of Object.keys(options)) {
    if (key !== "native") {
      return new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of loadChecksums: it takes native.`, { field: key });
    }
  }
  if (options.native !== undefined && typeof options.native !== "boolean") {
    return new KvCacheError("INVALID_ARGUMENT", `Invalid native ${JSON.stringify(options.native)}: expected true (use @node-rs/xxhash where it loads) or false (hash-wasm only).`, {
      field: "native",
      value: options.native,
    });
  }
  return undefined;
}

/** Loads the native xxHash64, or returns undefined where the module is missing or fails to load. */
async function loadNativeXxh64(): Promise<ChecksumFunction | undefined> {
  // A specifier in a variable keeps bundlers from resolving this Node-only optional package.
  const specifier = "@node-rs/xxhash";
  try {
    const module = (await import(/* @vite-ignore */ specifier)) as Partial<NativeXxhash> & { default?: Partial<NativeXxhash> };
    const xxh64 = module.xxh64 ?? module.default?.xxh64;
    if (typeof xxh64 !== "function") return undefined;
    return provided((bytes) => xxh64(bytes, 0n), "@node-rs/xxhash");
  } catch {
    return undefined;
  }
}

/**
 * Loads the checksum functions: hash-wasm's (WebAssembly, so the same code runs in Node and
 * browsers), with `@node-rs/xxhash`'s native xxHash64 in its place where it loads (see
 * {@link LoadChecksumsOptions}). CRC-32 and CRC-32C are the reflected forms with initial value
 * and final XOR 0xFFFFFFFF (polynomials 0xEDB88320 and 0x82F63B78); xxHash64 and XXH3-64 use
 * seed 0. Loading is asynchronous once; the returned functions are synchronous. Options other
 * than a boolean `native` reject the promise with `INVALID_ARGUMENT`.
 */
export function loadChecksums(options: LoadChecksumsOptions = {}): Promise<Checksums> {
  const problem = checkLoadOptions(options);
  if (problem !== undefined) return Promise.reject(problem);
  const native = options.native ?? true;
  let checksums = loaded.get(native);
  if (checksums === undefined) {
    checksums = Promise.all([
      createCRC32(0xedb88320),
      createCRC32(0x82f63b78),
      createXXHash64(0, 0),
      createXXHash3(0, 0),
      native ? loadNativeXxh64() : Promise.resolve(undefined),
    ]).then(([crc32, crc32c, xxh64, xxh3, nativeXxh64]) => ({
      crc32: provided(wrap(crc32, 4), "hash-wasm"),
      crc32c: provided(wrap(crc32c, 4), "hash-wasm"),
      xxh64: nativeXxh64 ?? provided(wrap(xxh64, 8), "hash-wasm"),
      xxh3: provided(wrap(xxh3, 8), "hash-wasm"),
    }));
    loaded.set(native, checksums);
  }
  return checksums;
}

const CHECKSUMS_FIX = "Pass the object that await loadChecksums() returns.";

/**
 * Checks a `checksums` option before its first use, or throws `INVALID_ARGUMENT` naming the fix.
 * A Promise, from `loadChecksums()` without `await`, gets its own message.
 */
export function checkChecksums(checksums: unknown): asserts checksums is Checksums {
  if (checksums === null || typeof checksums !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options.checksums: expected the checksum functions, got ${describeValue(checksums)}. ${CHECKSUMS_FIX}`, {
      field: "checksums",
      value: checksums,
    });
  }
  if (typeof (checksums as { then?: unknown }).then === "function") {
    throw new KvCacheError("INVALID_ARGUMENT", "Invalid options.checksums: it is a Promise. Await it first: { checksums: await loadChecksums() }.", {
      field: "checksums",
    });
  }
}

/** Returns the function for `algorithm` from a `checksums` option, or throws `INVALID_ARGUMENT` as {@link checkChecksums} does. */
export function checksumFunction(checksums: unknown, algorithm: ChecksumAlgorithm): ChecksumFunction {
  checkChecksums(checksums);
  const checksum: unknown = checksums[algorithm];
  if (typeof checksum !== "function") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options.checksums: it has no ${algorithm} function. ${CHECKSUMS_FIX}`, {
      field: `checksums.${algorithm}`,
    });
  }
  return checksum as ChecksumFunction;
}
