import { describeValue } from "../describe-value.js";
import { allocateElements, decodedElementBytes, type DecodedElementType, type ElementArray, type ElementTypeName } from "../element-type.js";
import { elementValues, halfUlp, roundToElement } from "../element-values.js";
import { KvCacheRangeError } from "../errors.js";
import { fromFp16Bits, toFp16Bits } from "../half.js";
import { roundToBf16Bits, roundToFp16Bits } from "../half-rounding.js";
import { roundHalfEvenNonNegative } from "../minifloat.js";
import { chunkShape, type IntGroupEncoding, type PlaneDescriptor } from "../plane.js";
import { layoutSections } from "../sections.js";
import { kvSimd } from "../wasm/kv-simd.js";
import type { ChunkCodec, EncodeChunkOptions } from "./codec.js";
import { decodeGroupsSimd } from "./int-group-decode-simd.js";
import { checkGroupParameters } from "./int-group-parameters.js";
import { encodeGroupsSimd } from "./int-group-simd.js";
import { checkChunkData, checkCodecPlane, rejectUnusedScales } from "./codec-input.js";
import { checkPayloadSize } from "./payload-size.js";

type IntPlane = PlaneDescriptor & { encoding: IntGroupEncoding };

/**
 * The quantised part of a chunk seen as `[outer, length, inner]` around the group axis: a row is
 * one `(outer, inner)` pair, its codes run along the group axis.
 */
interface GroupView {
  tokenAxis: number;
  quantisedTokens: number;
  /** Elements per token step, and token steps, around the token axis of the chunk. */
  tokenOuter: number;
  tokenInner: number;
  outer: number;
  length: number;
  inner: number;
  groupsPerRow: number;
  wordsPerRow: number;
  rows: number;
}

function groupView(plane: IntPlane): GroupView {
  const shape = chunkShape(plane);
  const { bits, groupSize, residualTokens } = plane.encoding;
  const tokenAxis = shape.axisRoles.indexOf("token");
  const groupAxis = shape.chunkAxis(plane.encoding.groupAxis);
  const dims = [...shape.dims];
  const quantisedTokens = dims[tokenAxis]! - residualTokens;
  const tokenOuter = dims.slice(0, tokenAxis).reduce((p, l) => p * l, 1);
  const tokenInner = dims.slice(tokenAxis + 1).reduce((p, l) => p * l, 1);
  dims[tokenAxis] = quantisedTokens;
  const outer = dims.slice(0, groupAxis).reduce((p, l) => p * l, 1);
  const length = dims[groupAxis]!;
  const inner = dims.slice(groupAxis + 1).reduce((p, l) => p * l, 1);
  return {
    tokenAxis,
    quantisedTokens,
    tokenOuter,
    tokenInner,
    outer,
    length,
    inner,
    groupsPerRow: Math.ceil(length / groupSize),
    wordsPerRow: Math.ceil((length * bits) / 32),
    rows: outer * inner,
  };
}

function parameterBytes(plane: IntPlane): number {
  return (plane.encoding.scaleType ?? "fp16") === "fp16" ? 2 : 4;
}

/** Copies tokens `[from, to)` of a chunk (all other axes whole) into a new array in `dims` order. */
function copyTokens(data: ElementArray, view: GroupView, totalTokens: number, from: number, to: number): ElementArray {
  const count = to - from;
  const out = new (data.constructor as Float32ArrayConstructor | Uint16ArrayConstructor)(view.tokenOuter * count * view.tokenInner);
  for (let o = 0; o < view.tokenOuter; o++) {
    const source = (o * totalTokens + from) * view.tokenInner;
    out.set(data.subarray(source, source + count * view.tokenInner), o * count * view.tokenInner);
  }
  return out;
}

/** Writes tokens back into `[from, to)` of a chunk, the inverse of {@link copyTokens}. */
function placeTokens(target: ElementArray, part: ElementArray, view: GroupView, totalTokens: number, from: number, to: number): void {
  const count = to - from;
  for (let o = 0; o < view.tokenOuter; o++) {
    const source = o * count * view.tokenInner;
    target.set(part.subarray(source, source + count * view.tokenInner) as never, (o * totalTokens + from) * view.tokenInner);
  }
}

function nonFiniteError(plane: IntPlane, data: ElementArray, options: EncodeChunkOptions): KvCacheRangeError {
  const values = elementValues(data, plane.elementType);
  const index = values.findIndex((value) => !Number.isFinite(value));
  const where = `plane ${options.planeIndex ?? "?"} (${plane.role}), layer ${options.layerIndex ?? "?"}, element ${index}`;
  return new KvCacheRangeError(
    "NON_FINITE_INPUT",
    `Invalid value ${values[index]} at ${where}: integer quantisation has no NaN or Infinity code. Keep these tokens in the residual or use an fp16, bf16 or FP8 codec.`,
    { field: "data", value: values[index] },
  );
}

/**
 * Decodes the quantised block of a chunk in JavaScript, the reference for the WebAssembly
 * kernels: each output is `round(code × scale + minimum)` in the element type.
 */
function decodeGroups(plane: IntPlane, payload: Uint8Array, offsets: readonly number[], view: GroupView, fp16Parameters: boolean): ElementArray {
  const { bits, groupSize } = plane.encoding;
  const { outer, length, inner, groupsPerRow, wordsPerRow } = view;
  const groupCount = view.rows * groupsPerRow;
  const buffer = payload.buffer;
  const base0 = payload.byteOffset;
  const scaleArray = fp16Parameters ? new Uint16Array(buffer, base0 + offsets[0]!, groupCount) : new Float32Array(buffer, base0 + offsets[0]!, groupCount);
  const minArray = fp16Parameters ? new Uint16Array(buffer, base0 + offsets[1]!, groupCount) : new Float32Array(buffer, base0 + offsets[1]!, groupCount);
  const words = new Uint32Array(buffer, base0 + offsets[2]!, view.rows * wordsPerRow);
  const quantised = allocateElements(plane.elementType, outer * length * inner);
  const levels = 2 ** bits - 1;
  const codesPerWord = 32 / bits;
  const mask = levels;
  const lookup = new Float64Array(levels + 1);
  const elementType = plane.elementType;
  // With more levels than a group has elements (8 bits, G = 32), rounding each element is cheaper than a table.
  const useLookup = levels + 1 <= groupSize;

  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const row = o * inner + i;
      for (let g = 0; g < groupsPerRow; g++) {
        const index = row * groupsPerRow + g;
        const scale = fp16Parameters ? fromFp16Bits((scaleArray as Uint16Array)[index]!) : (scaleArray as Float32Array)[index]!;
        const minimum = fp16Parameters ? fromFp16Bits((minArray as Uint16Array)[index]!) : (minArray as Float32Array)[index]!;
        const j1 = Math.min(length, (g + 1) * groupSize);
        if (useLookup) {
          // A group's outputs take at most 2^b values, so round each once.
          for (let code = 0; code <= levels; code++) lookup[code] = roundOutput(code * scale + minimum, elementType);
          for (let j = g * groupSize; j < j1; j++) {
            const word = words[row * wordsPerRow + Math.floor(j / codesPerWord)]!;
            const code = (word >>> (bits * (j % codesPerWord))) & mask;
            quantised[(o * length + j) * inner + i] = lookup[code]!;
          }
        } else {
          for (let j = g * groupSize; j < j1; j++) {
            const word = words[row * wordsPerRow + Math.floor(j / codesPerWord)]!;
            const code = (word >>> (bits * (j % codesPerWord))) & mask;
            quantised[(o * length + j) * inner + i] = roundOutput(code * scale + minimum, elementType);
          }
        }
      }
    }
  }
  return quantised;
}

/**
 * Returns the group size to give the WebAssembly kernels: `groupSize`, or for a group longer
 * than the row, the row length rounded up to whole 32-bit words of codes. Both make one group per
 * row and the same bytes. The kernels take sizes as 32-bit signed integers, so a group size of
 * 2^31 or more, which the frame's u32 field allows, would otherwise read outside their memory.
 */
function kernelGroupSize(groupSize: number, bits: number, rowLength: number): number {
  const codesPerWord = 32 / bits;
  return Math.min(groupSize, Math.max(codesPerWord, Math.ceil(rowLength / codesPerWord) * codesPerWord));
}

/** Rounds a decoded value to the element type, saturating finite overflow (fp16 and bf16 as bits). */
function roundOutput(value: number, type: DecodedElementType): number {
  if (type === "fp16") return roundToFp16Bits(value, value === value && value !== Infinity && value !== -Infinity);
  if (type === "bf16") return roundToBf16Bits(value, value === value && value !== Infinity && value !== -Infinity);
  return roundToElement(value, type);
}

/**
 * The KIVI-style integer codec (KIVI, arXiv 2402.02750): asymmetric min/max quantisation per
 * group of `groupSize` along `groupAxis`, `scale = (max − min) / (2^b − 1)` and `min` rounded to
 * the scale type, codes packed least-significant bits first into little-endian 32-bit words, a
 * row per fixed index of the other axes, and the last `residualTokens` tokens stored unquantised.
 * Everything is evaluated in float64 with one rounding per stored value; the WebAssembly SIMD
 * kernels (kv-simd.wat) and the JavaScript loops below give the same bytes.
 *
 * Error bound per quantised element: `scale/2 + (2^b − 1)·|scale − exactScale| +
 * |min − exactMin| + ulp(x')/2`, with the exact values before rounding to the scale type;
 * residual tokens are exact.
 */
export const intGroupCodec: ChunkCodec<IntGroupEncoding> = {
  codec: "int",

  check(plane: IntPlane): string | undefined {
    const { bits, groupSize, residualTokens, scaleType } = plane.encoding;
    const shape = chunkShape(plane);
    if (bits !== 2 && bits !== 4 && bits !== 8) return `bits must be 2, 4 or 8, got ${describeValue(bits)}`;
    if (Number.isSafeInteger(groupSize) && groupSize > 0xffffffff) return `groupSize ${groupSize} does not fit the frame's 32-bit field (at most 4,294,967,295)`;
    if (!Number.isSafeInteger(groupSize) || groupSize < 1 || (groupSize * bits) % 32 !== 0) {
      return `groupSize ${describeValue(groupSize)} × ${bits} bits must be a positive multiple of 32 (groupSize a multiple of ${32 / bits})`;
    }
    if (scaleType !== undefined && scaleType !== "fp16" && scaleType !== "fp32") return `scaleType must be "fp16" or "fp32", got "${String(scaleType)}"`;
    const tokenAxis = shape.axisRoles.indexOf("token");
    if (tokenAxis < 0) return "integer quantisation needs a token axis; store state planes raw or as FP8";
    const groupAxis = shape.chunkAxis(plane.encoding.groupAxis);
    const role = shape.axisRoles[groupAxis];
    if (groupAxis < 0 || (role !== "token" && role !== "channel")) return "groupAxis must be the token axis (keys) or the channel axis (values)";
    const tokens = shape.dims[tokenAxis]!;
    if (!Number.isSafeInteger(residualTokens) || residualTokens < 0 || residualTokens > tokens) {
      return `residualTokens ${describeValue(residualTokens)} must be between 0 and the plane's ${tokens} tokens`;
    }
    if (role === "token" && (tokens - residualTokens) % groupSize !== 0) {
      return `the ${tokens - residualTokens} quantised tokens must be a multiple of groupSize ${groupSize} when groups run along tokens`;
    }
    return undefined;
  },

  storedType: (plane: IntPlane): ElementTypeName => (`uint${plane.encoding.bits}` as ElementTypeName),

  sectionSizes(plane: IntPlane): number[] {
    const view = groupView(plane);
    const parameters = view.rows * view.groupsPerRow * parameterBytes(plane);
    const residual = view.tokenOuter * plane.encoding.residualTokens * view.tokenInner * decodedElementBytes(plane.elementType);
    return [parameters, parameters, view.rows * view.wordsPerRow * 4, residual];
  },

  encode(plane: IntPlane, data: ElementArray, options: EncodeChunkOptions = {}): Uint8Array {
    checkCodecPlane(intGroupCodec, plane);
    data = checkChunkData(plane, data, "data");
    rejectUnusedScales(
      options,
      "an integer plane derives each group's scale and minimum from its values, so given scales would be ignored. Leave scales out, or use an fp8 plane with scales.",
    );
    const { bits, groupSize, residualTokens } = plane.encoding;
    const view = groupView(plane);
    const { offsets, size } = layoutSections(intGroupCodec.sectionSizes(plane));
    const payload = new Uint8Array(size);
    const totalTokens = view.quantisedTokens + residualTokens;

    const quantised = view.tokenOuter === 1 ? data.subarray(0, view.quantisedTokens * view.tokenInner) : copyTokens(data, view, totalTokens, 0, view.quantisedTokens);
    const residual = view.tokenOuter === 1 ? data.subarray(view.quantisedTokens * view.tokenInner) : copyTokens(data, view, totalTokens, view.quantisedTokens, totalTokens);
    payload.set(new Uint8Array(residual.buffer, residual.byteOffset, residual.byteLength), offsets[3]!);

    const fp16Parameters = parameterBytes(plane) === 2;
    const simd = kvSimd();
    const targets = { payload, scaleOffset: offsets[0]!, minOffset: offsets[1]!, wordsOffset: offsets[2]! };
    const kernelEncoding = { bits, groupSize: kernelGroupSize(groupSize, bits, view.length) };
    if (simd !== undefined && encodeGroupsSimd(simd, quantised, plane.elementType, view, kernelEncoding, fp16Parameters, targets)) return payload;

    const values = elementValues(quantised, plane.elementType);
    const groupCount = view.rows * view.groupsPerRow;
    const scaleBits = fp16Parameters ? new Uint16Array(payload.buffer, offsets[0]!, groupCount) : new Float32Array(payload.buffer, offsets[0]!, groupCount);
    const minBits = fp16Parameters ? new Uint16Array(payload.buffer, offsets[1]!, groupCount) : new Float32Array(payload.buffer, offsets[1]!, groupCount);
    const words = new Uint32Array(payload.buffer, offsets[2]!, view.rows * view.wordsPerRow);

    const levels = 2 ** bits - 1;
    const codesPerWord = 32 / bits;
    const { outer, length, inner, groupsPerRow, wordsPerRow } = view;
    const low = new Float64Array(inner);
    const high = new Float64Array(inner);
    const scales = new Float64Array(inner);
    const minimums = new Float64Array(inner);
    const accumulators = new Uint32Array(inner);

    // Rounds the exact scale and minimum to the parameter type and stores them.
    const storeParameters = (lowest: number, highest: number, index: number, slot: number): void => {
      if (!Number.isFinite(lowest) || !Number.isFinite(highest)) throw nonFiniteError(plane, data, options);
      // Adding +0 turns −0 into +0, so a range of zeros stores the same bits whatever their signs.
      const exactScale = (highest - lowest) / levels + 0;
      const exactMinimum = lowest + 0;
      let scale: number;
      let minimum: number;
      if (fp16Parameters) {
        const scaleCode = roundToFp16Bits(exactScale, false);
        const minCode = roundToFp16Bits(exactMinimum, false);
        scale = fromFp16Bits(scaleCode);
        minimum = fromFp16Bits(minCode);
        if (!Number.isFinite(scale) || !Number.isFinite(minimum)) {
          throw new KvCacheRangeError(
            "INVALID_SCALE",
            `Invalid group range [${lowest}, ${highest}] in plane ${options.planeIndex ?? "?"} (${plane.role}), layer ${options.layerIndex ?? "?"}: its fp16 scale or minimum overflows. Set encoding.scaleType to "fp32".`,
            { field: "encoding.scaleType", value: "fp16" },
          );
        }
        (scaleBits as Uint16Array)[index] = scaleCode;
        (minBits as Uint16Array)[index] = minCode;
      } else {
        scale = Math.fround(exactScale);
        minimum = Math.fround(exactMinimum);
        (scaleBits as Float32Array)[index] = scale;
        (minBits as Float32Array)[index] = minimum;
      }
      scales[slot] = scale;
      minimums[slot] = minimum;
    };

    for (let o = 0; o < outer; o++) {
      for (let g = 0; g < groupsPerRow; g++) {
        const j0 = g * groupSize;
        const j1 = Math.min(length, j0 + groupSize);
        low.fill(Infinity);
        high.fill(-Infinity);
        for (let j = j0; j < j1; j++) {
          const base = (o * length + j) * inner;
          for (let i = 0; i < inner; i++) {
            const x = values[base + i]!;
            if (x < low[i]!) low[i] = x;
            if (x > high[i]!) high[i] = x;
            if (x !== x) low[i] = Number.NaN;
          }
        }
        for (let i = 0; i < inner; i++) storeParameters(low[i]!, high[i]!, (o * inner + i) * groupsPerRow + g, i);

        // Codes: j runs along the row, so each inner index fills its own word in turn.
        accumulators.fill(0);
        for (let j = j0; j < j1; j++) {
          const base = (o * length + j) * inner;
          const shift = bits * (j % codesPerWord);
          for (let i = 0; i < inner; i++) {
            const scale = scales[i]!;
            let code = 0;
            if (scale !== 0) {
              const q = (values[base + i]! - minimums[i]!) / scale;
              code = q <= 0 ? 0 : q >= levels ? levels : roundHalfEvenNonNegative(q);
            }
            accumulators[i] = accumulators[i]! | (code << shift);
          }
          if (shift + bits === 32 || j === j1 - 1) {
            const word = Math.floor(j / codesPerWord);
            for (let i = 0; i < inner; i++) {
              words[(o * inner + i) * wordsPerRow + word] = accumulators[i]!;
              accumulators[i] = 0;
            }
          }
        }
      }
    }
    return payload;
  },

  decode(plane: IntPlane, payload: Uint8Array): ElementArray {
    checkCodecPlane(intGroupCodec, plane);
    checkPayloadSize("int", intGroupCodec.sectionSizes(plane), payload);
    const { residualTokens } = plane.encoding;
    const view = groupView(plane);
    const { offsets } = layoutSections(intGroupCodec.sectionSizes(plane));
    const totalTokens = view.quantisedTokens + residualTokens;
    const out = allocateElements(plane.elementType, view.tokenOuter * totalTokens * view.tokenInner);

    const residual = allocateElements(plane.elementType, view.tokenOuter * residualTokens * view.tokenInner);
    new Uint8Array(residual.buffer).set(payload.subarray(offsets[3]!, offsets[3]! + residual.byteLength));

    const fp16Parameters = parameterBytes(plane) === 2;
    checkGroupParameters({ payload, scaleOffset: offsets[0]!, minOffset: offsets[1]!, groupCount: view.rows * view.groupsPerRow, fp16Parameters });
    const simd = kvSimd();
    const sections = { payload, scaleOffset: offsets[0]!, minOffset: offsets[1]!, wordsOffset: offsets[2]! };
    const kernelEncoding = { bits: plane.encoding.bits, groupSize: kernelGroupSize(plane.encoding.groupSize, plane.encoding.bits, view.length) };
    const quantised =
      (simd === undefined ? undefined : decodeGroupsSimd(simd, sections, view, kernelEncoding, fp16Parameters, plane.elementType)) ??
      decodeGroups(plane, payload, offsets, view, fp16Parameters);
    placeTokens(out, quantised, view, totalTokens, 0, view.quantisedTokens);
    placeTokens(out, residual, view, totalTokens, view.quantisedTokens, totalTokens);
    return out;
  },

  errorBounds(plane: IntPlane, input: ElementArray, decoded: ElementArray): Float64Array {
    checkCodecPlane(intGroupCodec, plane);
    input = checkChunkData(plane, input, "input");
    decoded = checkChunkData(plane, decoded, "decoded");
    const { bits, groupSize, residualTokens } = plane.encoding;
    const view = groupView(plane);
    const totalTokens = view.quantisedTokens + residualTokens;
    const values = elementValues(copyTokens(input, view, totalTokens, 0, view.quantisedTokens), plane.elementType);
    const outputs = elementValues(copyTokens(decoded, view, totalTokens, 0, view.quantisedTokens), plane.elementType);
    const fp16Parameters = parameterBytes(plane) === 2;
    const round = (value: number) => (fp16Parameters ? fromFp16Bits(toFp16Bits(value)) : Math.fround(value));
    const levels = 2 ** bits - 1;
    const bounds = new Float64Array(values.length);
    const { outer, length, inner } = view;
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        for (let j0 = 0; j0 < length; j0 += groupSize) {
          const j1 = Math.min(length, j0 + groupSize);
          let low = Infinity;
          let high = -Infinity;
          for (let j = j0; j < j1; j++) {
            const x = values[(o * length + j) * inner + i]!;
            low = Math.min(low, x);
            high = Math.max(high, x);
          }
          const exactScale = (high - low) / levels;
          const scale = round(exactScale);
          const slack = scale / 2 + levels * Math.abs(scale - exactScale) + Math.abs(round(low) - low);
          for (let j = j0; j < j1; j++) {
            const k = (o * length + j) * inner + i;
            bounds[k] = slack + halfUlp(outputs[k]!, plane.elementType);
          }
        }
      }
    }
    // Residual tokens are exact: place the quantised bounds back among zeros.
    const all = new Float64Array(input.length);
    for (let o = 0; o < view.tokenOuter; o++) {
      const count = view.quantisedTokens * view.tokenInner;
      all.set(bounds.subarray(o * count, (o + 1) * count), o * totalTokens * view.tokenInner);
    }
    return all;
  },
};
