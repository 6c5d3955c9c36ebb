import { describeValue } from "./describe-value.js";
import { inThisRealm, type DecodedElementType, type Fp8Format } from "./element-type.js";
import { KvCacheError } from "./errors.js";
import { checkScaleArray, roundScale } from "./fp8-scale.js";
import { roundToBf16Bits, roundToFp16Bits } from "./half-rounding.js";
import { bf16ValueTable, fp16ValueTable } from "./half.js";
import { KV_SIMD_LAYOUT, kvSimd, type KvSimd } from "./wasm/kv-simd.js";
import {
  BF16,
  E4M3FN,
  E4M3FNUZ,
  E5M2,
  FP16,
  decodeMinifloat,
  encodeMinifloat,
  type MinifloatFormat,
} from "./minifloat.js";

/** Returns the bit layout of an FP8 format. */
export function fp8Format(format: Fp8Format): MinifloatFormat {
  switch (format) {
    case "e4m3fn":
      return E4M3FN;
    case "e5m2":
      return E5M2;
    case "e4m3fnuz":
      return E4M3FNUZ;
    default:
      throw new KvCacheError(
        "INVALID_ARGUMENT",
        `Invalid FP8 format "${String(format)}": expected "e4m3fn", "e5m2" or "e4m3fnuz".`,
        { field: "format", value: format },
      );
  }
}

/**
 * Scales of an FP8 conversion: one number for the whole array, or one per block of
 * `blockSize` consecutive elements, used in turn (block `k` takes `scales[k % scales.length]`).
 * Per-head scales of a `[tokens, heads, headDim]` array are `{ scales: headScales, blockSize:
 * headDim }`.
 */
export type Fp8Scale = number | { scales: Float32Array; blockSize: number };

/** Options of {@link encodeFp8} and {@link decodeFp8}. */
export interface Fp8Options {
  /**
   * Overflow mode. `true` (the default, as vLLM's and SGLang's KV kernels behave): values that
   * round above the maximum, and ±Infinity, become ±max. `false`: they become Infinity in E5M2
   * and NaN in the E4M3 formats. PyTorch 2.13's CPU casts match `true` for
   * `torch.float8_e4m3fn` and `false` for `torch.float8_e5m2` and `torch.float8_e4m3fnuz`, bit
   * for bit except for the NaN patterns the library writes.
   */
  saturate?: boolean;
  /**
   * Scale: the encoder stores `fp8(fl32(x / scale))` and the decoder returns
   * `fl32(fp8 × scale)`, as vLLM does. Default: no scale. Each scale is first rounded to fp32,
   * the type frames store FP8 scales in, so these functions give the same codes and values as a
   * frame with that scale. Scales must be finite and above 0, also after that rounding.
   */
  scale?: Fp8Scale;
  /**
   * How to read a `Uint16Array` input: `fp16` (default) or `bf16` bit patterns. A
   * `Float32Array` is always fp32.
   */
  inputType?: "fp16" | "bf16";
}

// Per-format, per-mode, per-scale encoding tables from 16-bit inputs, so the inner loop is one
// lookup. A multiply in the inner loop costs several times the throughput, so the scale is
// folded into the table. A few tables are kept because per-head scales rotate through them.
const TABLE_CACHE_LIMIT = 64;
const encodeTables = new Map<string, Uint8Array>();

/**
 * Returns the 65,536-entry table from fp16 or bf16 bits to FP8 codes for one scale: each entry
 * is the code of `fl32(value / scale)` (no division when `scale` is undefined).
 */
export function fp8EncodeTable(
  format: Fp8Format,
  saturate: boolean,
  inputType: "fp16" | "bf16",
  scale: number | undefined,
): Uint8Array {
  const key = `${format}/${saturate ? "sat" : "nonsat"}/${inputType}/${scale ?? "none"}`;
  const cached = encodeTables.get(key);
  if (cached !== undefined) return cached;

  const layout = fp8Format(format);
  const values = inputType === "fp16" ? fp16ValueTable() : bf16ValueTable();
  const table = new Uint8Array(65536);
  for (let bits = 0; bits < 65536; bits++) {
    const value = values[bits]!;
    const quotient = scale === undefined ? value : Math.fround(value / scale);
    table[bits] = encodeMinifloat(quotient, layout, saturate, (bits & 0x8000) !== 0);
  }
  if (encodeTables.size >= TABLE_CACHE_LIMIT) encodeTables.delete(encodeTables.keys().next().value!);
  encodeTables.set(key, table);
  return table;
}

/**
 * Encodes `count` 16-bit inputs from `input[inputStart…]` into `output[outputStart…]` through a
 * 65,536-entry table, in WebAssembly where the engine has it. A table must not change after its
 * first use here, because the module keeps its own copy.
 */
export function encodeThroughTable(
  input: Uint16Array,
  inputStart: number,
  output: Uint8Array,
  outputStart: number,
  count: number,
  table: Uint8Array,
): void {
  const simd = count >= SIMD_MIN_COUNT ? kvSimd() : undefined;
  if (simd !== undefined) {
    encodeThroughTableSimd(simd, input, inputStart, output, outputStart, count, table);
    return;
  }
  encodeThroughTableJs(input, inputStart, output, outputStart, count, table);
}

// Runs shorter than this are not worth the copies into WebAssembly memory.
const SIMD_MIN_COUNT = 4096;
// The module's copy of the table last given to encodeThroughTable, and of decodeThroughTable.
let encodeTableInMemory: Uint8Array | undefined;
let decodeTableInMemory: Uint16Array | Float32Array | undefined;

/**
 * Runs {@link encodeThroughTable} in WebAssembly: copies blocks of the input into the module's
 * memory, encodes them there through the table and copies the codes out.
 */
function encodeThroughTableSimd(
  simd: KvSimd,
  input: Uint16Array,
  inputStart: number,
  output: Uint8Array,
  outputStart: number,
  count: number,
  table: Uint8Array,
): void {
  const { fp8Block, fp8EncodeTable, fp8Input, fp8Output, scratch } = KV_SIMD_LAYOUT;
  const memory = simd.reserve(scratch);
  if (encodeTableInMemory !== table) {
    memory.set(table, fp8EncodeTable);
    encodeTableInMemory = table;
  }
  const inputBytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const whole = count - (count % 8);
  for (let done = 0; done < whole; done += fp8Block) {
    const length = Math.min(fp8Block, whole - done);
    const first = inputStart + done;
    memory.set(inputBytes.subarray(first * 2, (first + length) * 2), fp8Input);
    simd.exports.lookupFp8(fp8Input, fp8Output, length);
    output.set(memory.subarray(fp8Output, fp8Output + length), outputStart + done);
  }
  for (let i = whole; i < count; i++) output[outputStart + i] = table[input[inputStart + i]!]!;
}

/**
 * Runs {@link encodeThroughTable} in JavaScript. The aligned middle goes four codes per 32-bit
 * store, which is about twice as fast in V8 as byte stores.
 */
export function encodeThroughTableJs(
  input: Uint16Array,
  inputStart: number,
  output: Uint8Array,
  outputStart: number,
  count: number,
  table: Uint8Array,
): void {
  let i = 0;
  const inputByte = input.byteOffset + inputStart * 2;
  const outputByte = output.byteOffset + outputStart;
  // Step one element at a time (at most three) until both sides are 4-byte aligned together.
  // When their alignments never meet, the scalar loop at the end does all the work.
  while (i < count && i < 4 && ((inputByte + i * 2) % 4 !== 0 || (outputByte + i) % 4 !== 0)) {
    output[outputStart + i] = table[input[inputStart + i]!]!;
    i++;
  }
  if ((inputByte + i * 2) % 4 === 0 && (outputByte + i) % 4 === 0) {
    const words = (count - i) >> 3;
    const in32 = new Uint32Array(input.buffer, inputByte + i * 2, words * 4);
    const out32 = new Uint32Array(output.buffer, outputByte + i, words * 2);
    for (let w = 0; w < words; w++) {
      const k = w << 2;
      const a = in32[k]!;
      const b = in32[k + 1]!;
      const c = in32[k + 2]!;
      const d = in32[k + 3]!;
      // Little-endian words: the low half of `a` is the earlier element.
      out32[w << 1] = table[a & 0xffff]! | (table[a >>> 16]! << 8) | (table[b & 0xffff]! << 16) | (table[b >>> 16]! << 24);
      out32[(w << 1) + 1] =
        table[c & 0xffff]! | (table[c >>> 16]! << 8) | (table[d & 0xffff]! << 16) | (table[d >>> 16]! << 24);
    }
    i += words * 8;
  }
  for (; i < count; i++) output[outputStart + i] = table[input[inputStart + i]!]!;
}

/**
 * Decodes `count` FP8 codes from `codes[start…]` into `output[start…]` through a 256-entry table
 * of output values: fp16 or bf16 bits in a `Uint16Array`, fp32 in a `Float32Array`. Runs in
 * WebAssembly where the engine has it. A table must not change after its first use here.
 */
export function decodeThroughTable(codes: Uint8Array, output: Uint16Array | Float32Array, start: number, count: number, table: Uint16Array | Float32Array): void {
  const simd = count >= SIMD_MIN_COUNT ? kvSimd() : undefined;
  let done = 0;
  if (simd !== undefined) {
    const { fp8Block, fp8Input, fp8Output, scratch } = KV_SIMD_LAYOUT;
    const tableAddress = KV_SIMD_LAYOUT.fp8DecodeTable;
    const memory = simd.reserve(scratch);
    if (decodeTableInMemory !== table) {
      memory.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength), tableAddress);
      decodeTableInMemory = table;
    }
    const width = table.BYTES_PER_ELEMENT;
    const outputBytes = new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
    const whole = count - (count % 4);
    for (; done < whole; done += fp8Block) {
      const length = Math.min(fp8Block, whole - done);
      memory.set(codes.subarray(start + done, start + done + length), fp8Input);
      if (width === 2) simd.exports.lookup16(tableAddress, fp8Input, fp8Output, length);
      else simd.exports.lookup32(tableAddress, fp8Input, fp8Output, length);
      outputBytes.set(memory.subarray(fp8Output, fp8Output + length * width), (start + done) * width);
    }
    done = whole;
  }
  for (let i = start + done; i < start + count; i++) output[i] = table[codes[i]!]!;
}

/** The scales of one FP8 conversion, rounded to fp32: one per block of `blockSize` elements, used in turn. */
interface ResolvedScales {
  blockSize: number;
  scales: readonly number[] | undefined;
}

/** Resolves the scale of element block `block`, or undefined without a scale. */
function blockScale(resolved: ResolvedScales, block: number): number | undefined {
  return resolved.scales?.[block % resolved.scales.length];
}

/** Describes an option value for a message: strings quoted, objects by their constructor. */
function describeOption(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (value === null || typeof value !== "object") return String(value);
  const name = (value as object).constructor?.name ?? "object";
  // "a Uint8Array", because the U of a typed-array name is pronounced "you".
  return `${/^[AEIO]/i.test(name) ? "an" : "a"} ${name}`;
}

/**
 * Checks that `options` is an object whose keys are all in `known`, or throws `INVALID_ARGUMENT`
 * naming the unknown key: a misspelt `saturate` would otherwise run with the default.
 */
function checkFp8Options(options: object, known: readonly string[], owner: string): void {
  if (options === null || typeof options !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options of ${owner}: expected an object with any of ${known.join(", ")}, got ${describeValue(options)}.`, { field: "options" });
  }
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of ${owner}: it takes ${known.join(", ")}.`, { field: key, value: (options as Record<string, unknown>)[key] });
    }
  }
}

/** Checks the `scale` option and rounds every scale to fp32, as a frame stores it. */
function resolveScaleOption(scale: Fp8Scale | undefined): ResolvedScales {
  if (scale === undefined) return { blockSize: Infinity, scales: undefined };
  if (typeof scale === "number") return { blockSize: Infinity, scales: [roundScale(scale, "fp32", "scale")] };
  if (scale === null || typeof scale !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid scale ${describeValue(scale)}: expected a number or { scales: Float32Array, blockSize }.`, { field: "scale" });
  }
  checkScaleArray(scale.scales, "scale.scales");
  if (!Number.isSafeInteger(scale.blockSize) || scale.blockSize <= 0) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid scale.blockSize ${describeValue(scale.blockSize)}: expected a positive integer number of elements.`, {
      field: "scale.blockSize",
      value: scale.blockSize,
    });
  }
  if (scale.scales.length === 0) {
    throw new KvCacheError("INVALID_ARGUMENT", "Invalid scale.scales: the array is empty. Pass at least one scale.", {
      field: "scale.scales",
      value: 0,
    });
  }
  return { blockSize: scale.blockSize, scales: Array.from(scale.scales, (value, index) => roundScale(value, "fp32", `scale.scales[${index}]`)) };
}

/**
 * Encodes fp32 values (a `Float32Array`) or fp16/bf16 bit patterns (a `Uint16Array`) to FP8
 * codes, one byte each, rounding to nearest with ties to even. fp32 inputs round once from their
 * exact value; with a scale the encoder first computes `fl32(x / scale)` in binary32 arithmetic
 * and the overflow rule acts on that quotient. A NaN becomes the format's NaN with the sign bit
 * of the input, except in E4M3FNUZ, whose only NaN is 0x80.
 *
 * @example
 * ```ts
 * encodeFp8(new Float32Array([1, 448, 500]), "e4m3fn"); // [0x38, 0x7e, 0x7e] (saturating)
 * encodeFp8(new Float32Array([500]), "e4m3fn", { saturate: false }); // [0x7f] (NaN)
 * ```
 */
export function encodeFp8(input: Float32Array | Uint16Array, format: Fp8Format, options: Fp8Options = {}): Uint8Array {
  const values = inThisRealm(input);
  const layout = fp8Format(format);
  checkFp8Options(options, ["saturate", "scale", "inputType"], "encodeFp8");
  if (options.saturate !== undefined && typeof options.saturate !== "boolean") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid saturate ${describeOption(options.saturate)}: expected true (overflow gives ±max) or false (overflow gives Infinity or NaN).`, {
      field: "saturate",
      value: options.saturate,
    });
  }
  if (options.inputType !== undefined && options.inputType !== "fp16" && options.inputType !== "bf16") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid inputType ${describeOption(options.inputType)}: expected "fp16" or "bf16", how to read a Uint16Array of bit patterns. A Float32Array is always fp32.`, {
      field: "inputType",
      value: options.inputType,
    });
  }
  const saturate = options.saturate ?? true;
  const resolved = resolveScaleOption(options.scale);
  const { blockSize } = resolved;
  const out = new Uint8Array(values.length);

  if (values instanceof Float32Array) {
    // NaN signs come from the input's bits: a JavaScript NaN has none that code can read.
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length);
    for (let start = 0; start < values.length; start += blockSize) {
      const end = Math.min(values.length, start + blockSize);
      const scale = blockScale(resolved, start / blockSize);
      for (let i = start; i < end; i++) {
        const value = values[i]!;
        out[i] = encodeMinifloat(scale === undefined ? value : Math.fround(value / scale), layout, saturate, words[i]! >>> 31 === 1);
      }
    }
    return out;
  }
  if (!(values instanceof Uint16Array)) {
    throw new KvCacheError("INVALID_ARGUMENT", "Invalid values: expected a Float32Array of fp32 values or a Uint16Array of fp16 or bf16 bits.", {
      field: "values",
    });
  }
  const inputType = options.inputType ?? "fp16";
  for (let start = 0; start < values.length; start += blockSize) {
    const count = Math.min(values.length, start + blockSize) - start;
    encodeHalfRun(values, out, start, count, format, saturate, inputType, blockScale(resolved, start / blockSize));
  }
  return out;
}

/** Runs of 16-bit inputs shorter than this are converted code by code instead of through a per-scale table. */
const TABLE_MIN_RUN = 16_384;

/**
 * Encodes `count` fp16 or bf16 bit patterns from `input[start…]` into `output[start…]` for one
 * scale. Runs without a scale, and runs of at least 16,384 values, go through a 65,536-entry
 * table. Shorter runs with a scale, as per-token and tile scales give, go code by code, because
 * building a table for each of them would cost far more than the run. Both give the same codes.
 */
export function encodeHalfRun(
  input: Uint16Array,
  output: Uint8Array,
  start: number,
  count: number,
  format: Fp8Format,
  saturate: boolean,
  inputType: "fp16" | "bf16",
  scale: number | undefined,
): void {
  if (scale === undefined || count >= TABLE_MIN_RUN) {
    encodeThroughTable(input, start, output, start, count, fp8EncodeTable(format, saturate, inputType, scale));
    return;
  }
  const layout = fp8Format(format);
  const values = inputType === "fp16" ? fp16ValueTable() : bf16ValueTable();
  for (let i = start; i < start + count; i++) {
    const bits = input[i]!;
    output[i] = encodeMinifloat(Math.fround(values[bits]! / scale), layout, saturate, (bits & 0x8000) !== 0);
  }
}

/**
 * Decodes FP8 codes to fp32 values: `fl32(decode(code) × scale)`. Every NaN code decodes to the
 * default quiet NaN; Infinity codes stay infinite; a finite product beyond the fp32 maximum
 * saturates to ±max.
 */
export function decodeFp8(bytes: Uint8Array, format: Fp8Format, options: Pick<Fp8Options, "scale"> = {}): Float32Array {
  fp8Format(format);
  checkFp8Options(options, ["scale"], "decodeFp8");
  // The type tag also accepts a Node Buffer and arrays from another realm.
  if (Object.prototype.toString.call(bytes) !== "[object Uint8Array]") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid bytes: expected a Uint8Array of FP8 codes, got ${describeOption(bytes)}. Convert with Uint8Array.from(codes).`, {
      field: "bytes",
    });
  }
  const resolved = resolveScaleOption(options.scale);
  const { blockSize } = resolved;
  const out = new Float32Array(bytes.length);
  for (let start = 0; start < bytes.length; start += blockSize) {
    const end = Math.min(bytes.length, start + blockSize);
    decodeRun(bytes, out, start, end - start, format, "fp32", blockScale(resolved, start / blockSize));
  }
  return out;
}

const FP32_MAX = 3.4028234663852886e38; // (2 − 2^-23) × 2^127, IEEE 754 binary32
const decodeTables = new Map<string, Float32Array | Uint16Array>();

// Building a 256-entry table costs about as much as decoding this many codes one by one, so
// shorter runs whose scale has no cached table are decoded directly.
const DIRECT_MAX_RUN = 2048;

/**
 * Decodes `count` FP8 codes from `codes[start…]` into `output[start…]` for one scale. Long runs
 * and scales with a cached table go through a table. Short runs of a new scale, as per-token and
 * tile scales give, go code by code, with the same results as the table.
 */
export function decodeRun(
  codes: Uint8Array,
  output: Uint16Array | Float32Array,
  start: number,
  count: number,
  format: Fp8Format,
  type: DecodedElementType,
  scale: number | undefined,
): void {
  const cached = decodeTables.get(`${format}/${type}/${scale ?? "none"}`);
  if (cached !== undefined || count >= DIRECT_MAX_RUN || scale === undefined) {
    decodeThroughTable(codes, output, start, count, cached ?? fp8DecodeTable(format, type, scale));
    return;
  }
  const exact = fp8DecodeTable(format, "fp32", undefined) as Float32Array;
  const fnuz = fp8Format(format).specials === "fnuz";
  const bits = type === "fp32" ? new Uint32Array(output.buffer, output.byteOffset, output.length) : undefined;
  for (let i = start; i < start + count; i++) {
    const code = codes[i]!;
    const decoded = exact[code]!;
    const nanNegative = (code & 0x80) !== 0 && !fnuz;
    let value = Math.fround(decoded * scale);
    if (Number.isFinite(decoded) && !Number.isFinite(value)) value = Math.sign(decoded) * FP32_MAX;
    if (type === "fp32") {
      if (Number.isNaN(value)) bits![i] = nanNegative ? 0xffc00000 : 0x7fc00000;
      else output[i] = value;
    } else if (Number.isNaN(value)) {
      output[i] = (nanNegative ? 0x8000 : 0) | (type === "fp16" ? FP16 : BF16).canonicalNanCode;
    } else {
      // Saturate finite values; Infinity codes keep their Infinity.
      output[i] = type === "fp16" ? roundToFp16Bits(value, Number.isFinite(decoded)) : roundToBf16Bits(value, Number.isFinite(decoded));
    }
  }
}

/**
 * Returns the 256-entry table from FP8 codes to `output` values for one scale: a `Float32Array`
 * for fp32, fp16 or bf16 bit patterns otherwise. Each entry is `fl32(decode(code) × scale)`
 * rounded to the output type with ties to even; finite values beyond the output's maximum
 * saturate, Infinity stays infinite and NaN becomes the default quiet NaN with the code's sign
 * (positive for E4M3FNUZ).
 */
export function fp8DecodeTable(format: Fp8Format, output: DecodedElementType, scale: number | undefined): Float32Array | Uint16Array {
  const key = `${format}/${output}/${scale ?? "none"}`;
  const cached = decodeTables.get(key);
  if (cached !== undefined) return cached;

  const layout = fp8Format(format);
  const table = output === "fp32" ? new Float32Array(256) : new Uint16Array(256);
  const signBit = 0x80;
  for (let code = 0; code < 256; code++) {
    const decoded = decodeMinifloat(code, layout);
    const nanNegative = (code & signBit) !== 0 && layout.specials !== "fnuz";
    let value = scale === undefined ? decoded : Math.fround(decoded * scale);
    if (Number.isFinite(decoded) && !Number.isFinite(value)) value = Math.sign(decoded) * FP32_MAX;
    if (output === "fp32") {
      // Write NaN through the bits, because a JavaScript NaN has no reliable sign.
      if (Number.isNaN(value)) new Uint32Array(table.buffer)[code] = nanNegative ? 0xffc00000 : 0x7fc00000;
      else (table as Float32Array)[code] = value;
      continue;
    }
    const target = output === "fp16" ? FP16 : BF16;
    if (Number.isNaN(value)) {
      table[code] = (nanNegative ? 0x8000 : 0) | target.canonicalNanCode;
    } else {
      // Saturate finite values; Infinity codes keep their Infinity.
      table[code] = encodeMinifloat(value, target, Number.isFinite(decoded));
    }
  }
  if (decodeTables.size >= TABLE_CACHE_LIMIT) decodeTables.delete(decodeTables.keys().next().value!);
  decodeTables.set(key, table);
  return table;
}
