import { KV_SIMD_WASM_BASE64 } from "./kv-simd-bytes.js";

/** The exports of kv-simd.wat; pointers are byte offsets into `memory`. */
export interface KvSimdExports {
  readonly memory: WebAssembly.Memory;
  lookupFp8(input: number, output: number, count: number): void;
  fp16ToFp32(input: number, output: number, count: number): void;
  bf16ToFp32(input: number, output: number, count: number): void;
  columnRange(input: number, rows: number, columns: number, low: number, high: number): number;
  fp16ColumnRange(input: number, output: number, rows: number, columns: number, low: number, high: number): number;
  groupRange(input: number, rows: number, length: number, groupSize: number, low: number, high: number): number;
  groupParameters(
    low: number,
    high: number,
    count: number,
    levels: number,
    fp16: number,
    scaleOut: number,
    minOut: number,
    stride: number,
    scales: number,
    minimums: number,
  ): number;
  columnCodes(
    input: number,
    rows: number,
    columns: number,
    bits: number,
    scales: number,
    minimums: number,
    pending: number,
    words: number,
    rowStride: number,
  ): void;
  lookup16(table: number, input: number, output: number, count: number): void;
  lookup32(table: number, input: number, output: number, count: number): void;
  decodeParameters(
    scaleIn: number,
    minIn: number,
    count: number,
    stride: number,
    fp16: number,
    levels: number,
    type: number,
    scales: number,
    minimums: number,
    tables: number,
  ): number;
  decodeColumns(
    words: number,
    rowStride: number,
    first: number,
    rows: number,
    columns: number,
    bits: number,
    type: number,
    tables: number,
    scales: number,
    minimums: number,
    output: number,
    outputStride: number,
  ): void;
  decodeRows(
    words: number,
    wordsPerRow: number,
    rows: number,
    length: number,
    groupSize: number,
    bits: number,
    type: number,
    tables: number,
    scales: number,
    minimums: number,
    output: number,
  ): void;
  copyRuns(source: number, sourceStride: number, target: number, targetStride: number, count: number, bytes: number): void;
  groupCodes(input: number, rows: number, length: number, groupSize: number, bits: number, scales: number, minimums: number, words: number, wordsPerRow: number): void;
}

/** The kernels with their memory grown to a requested size. */
export interface KvSimd {
  readonly exports: KvSimdExports;
  /** Grows the memory to at least `bytes` and returns a byte view of all of it. */
  reserve(bytes: number): Uint8Array;
}

const PAGE_BYTES = 65536;

/**
 * Byte offsets in the module's memory. The FP8 encoder keeps its 65,536-entry table at 0 between
 * calls and the decoder its 256-entry table, so other kernels work only from `scratch` up.
 */
export const KV_SIMD_LAYOUT = {
  /** Elements per FP8 block. */
  fp8Block: 32768,
  fp8EncodeTable: 0,
  fp8Input: 65536,
  /** Room for a block of 4-byte outputs. */
  fp8Output: 131072,
  fp8DecodeTable: 262144,
  scratch: 327680,
} as const;
let instance: KvSimd | null | undefined;
let enabled = true;

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function instantiate(): KvSimd | null {
  try {
    // Synchronous compilation keeps the codecs synchronous; Chromium allows it on the main
    // thread for a module of this size (the browser test checks that the kernels run there).
    const module = new WebAssembly.Module(decodeBase64(KV_SIMD_WASM_BASE64));
    const exports = new WebAssembly.Instance(module).exports as unknown as KvSimdExports;
    return {
      exports,
      reserve(bytes: number): Uint8Array {
        if (!Number.isSafeInteger(bytes) || bytes < 0) throw new RangeError(`Invalid WebAssembly memory size ${bytes}: expected a whole number of bytes.`);
        // NOTE: WebAssembly memory cannot shrink, so after a large chunk the module keeps that
        // much memory for the life of the process (or worker).
        const missing = bytes - exports.memory.buffer.byteLength;
        if (missing > 0) exports.memory.grow(Math.ceil(missing / PAGE_BYTES));
        return new Uint8Array(exports.memory.buffer);
      },
    };
  } catch {
    // No WebAssembly, or no SIMD: the JavaScript kernels give the same bytes.
    return null;
  }
}

/**
 * Returns the WebAssembly SIMD kernels, compiled on first use. Returns undefined where the engine
 * lacks WebAssembly SIMD or the kernels are switched off; callers then run the JavaScript
 * kernels, which produce the same bytes.
 */
export function kvSimd(): KvSimd | undefined {
  if (!enabled) return undefined;
  if (instance === undefined) instance = instantiate();
  return instance ?? undefined;
}

/** Switches the WebAssembly kernels on or off (for tests that compare both paths). */
export function setKvSimdEnabled(on: boolean): void {
  enabled = on;
}

/**
 * Names the kernels the FP8 and integer encoders run here: `"wasm-simd"` where the engine
 * compiles the WebAssembly SIMD module (Node 20, current browsers), else `"javascript"`. Both
 * write the same bytes.
 */
export function encoderBackend(): "wasm-simd" | "javascript" {
  return kvSimd() === undefined ? "javascript" : "wasm-simd";
}
