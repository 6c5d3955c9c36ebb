import { allocateElements, type ElementArray, type ElementTypeName } from "../element-type.js";
import { elementValues, halfUlp } from "../element-values.js";
import { KvCacheRangeError } from "../errors.js";
import { decodeRun, encodeHalfRun, fp8Format } from "../fp8.js";
import { checkScaleArray, roundScale } from "../fp8-scale.js";
import { fromFp16Bits, toFp16Bits } from "../half.js";
import { decodeMinifloat, encodeMinifloat, ulpOf } from "../minifloat.js";
import { chunkShape, type Fp8Encoding, type PlaneDescriptor } from "../plane.js";
import { forEachScaleRun, scaleCount, type ScaleLayout } from "../scale-runs.js";
import { layoutSections } from "../sections.js";
import type { ChunkCodec, EncodeChunkOptions } from "./codec.js";
import { checkChunkData, checkCodecPlane, rejectUnusedScales } from "./codec-input.js";
import { checkPayloadSize } from "./payload-size.js";

type Fp8Plane = PlaneDescriptor & { encoding: Fp8Encoding };

/** Returns where an FP8 plane's scales vary, or undefined when it has none. */
export function fp8ScaleLayout(plane: Fp8Plane): ScaleLayout | undefined {
  const shape = chunkShape(plane);
  const roles = shape.axisRoles;
  const all = (except: number) => roles.map((_, axis) => axis).filter((axis) => axis !== except);
  const base = { dims: shape.dims, groupAxis: -1, groupSize: 1 };
  switch (plane.encoding.scaleGranularity) {
    case "none":
      return undefined;
    case "tensor":
      return { ...base, scaleAxes: [] };
    case "head":
      return { ...base, scaleAxes: [roles.indexOf("head")] };
    case "token":
      return { ...base, scaleAxes: [roles.indexOf("token"), roles.indexOf("head")].filter((axis) => axis >= 0).sort((a, b) => a - b) };
    case "group":
    case "tile": {
      const groupAxis =
        plane.encoding.scaleGranularity === "tile" ? roles.indexOf("channel") : shape.chunkAxis(plane.encoding.groupAxis ?? -1);
      return { dims: shape.dims, scaleAxes: all(groupAxis), groupAxis, groupSize: plane.encoding.groupSize ?? 0 };
    }
  }
}

function scaleBytes(plane: Fp8Plane): number {
  return (plane.encoding.scaleType ?? "fp32") === "fp32" ? 4 : 2;
}

/** Rounds a given or derived scale to the plane's scale type; see {@link roundScale}. */
function storedScale(value: number, plane: Fp8Plane, field: string, rounding: "nearest" | "up" = "nearest"): number {
  return roundScale(value, plane.encoding.scaleType ?? "fp32", field, rounding);
}

function readScales(plane: Fp8Plane, payload: Uint8Array, count: number): Float64Array {
  const scales = new Float64Array(count);
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const fp32 = scaleBytes(plane) === 4;
  for (let k = 0; k < count; k++) scales[k] = fp32 ? view.getFloat32(k * 4, true) : fromFp16Bits(view.getUint16(k * 2, true));
  return scales;
}

/**
 * The FP8 codec: one E4M3FN, E5M2 or E4M3FNUZ code per element, with scales per tensor, head,
 * token, group or tile stored before the codes. Error bound per element, with `s` its scale and
 * `q = fl32(x / s)`: `s·(ulp₈(q) + ulp₃₂(q))/2 + ulp(x')/2` in range, plus `|x| − max·s` when
 * saturating; unbounded (Infinity or NaN) on non-saturating overflow.
 */
export const fp8Codec: ChunkCodec<Fp8Encoding> = {
  codec: "fp8",

  check(plane: Fp8Plane): string | undefined {
    const { encoding } = plane;
    const roles = chunkShape(plane).axisRoles;
    fp8Format(encoding.format);
    if (typeof encoding.saturate !== "boolean") return "encoding.saturate must be true or false";
    if (encoding.scaleType !== undefined && encoding.scaleType !== "fp32" && encoding.scaleType !== "fp16") {
      return `encoding.scaleType must be "fp32" or "fp16", got "${String(encoding.scaleType)}"`;
    }
    switch (encoding.scaleGranularity) {
      case "none":
      case "tensor":
        return undefined;
      case "head":
        return roles.includes("head") ? undefined : "head scales need a head axis";
      case "token":
        return roles.includes("token") ? undefined : "token scales need a token axis";
      case "group":
      case "tile": {
        if (!Number.isSafeInteger(encoding.groupSize) || (encoding.groupSize ?? 0) < 1) return "group and tile scales need a positive groupSize";
        // The frame stores groupSize as a u32.
        if (encoding.groupSize! > 0xffffffff) return `groupSize ${encoding.groupSize} does not fit the frame's 32-bit field (at most 4,294,967,295)`;
        if (encoding.scaleGranularity === "tile") return roles.includes("channel") ? undefined : "tile scales need a channel axis";
        const axis = chunkShape(plane).chunkAxis(encoding.groupAxis ?? -1);
        return encoding.groupAxis !== undefined && axis >= 0 && axis < roles.length ? undefined : "group scales need a groupAxis that is not the layer axis";
      }
      default:
        return `unknown scaleGranularity "${String(encoding.scaleGranularity)}"`;
    }
  },

  storedType: (plane: Fp8Plane): ElementTypeName => plane.encoding.format,

  sectionSizes(plane: Fp8Plane): number[] {
    const layout = fp8ScaleLayout(plane);
    const codes = chunkShape(plane).elementCount;
    return layout === undefined ? [codes] : [scaleCount(layout) * scaleBytes(plane), codes];
  },

  encode(plane: Fp8Plane, data: ElementArray, options: EncodeChunkOptions = {}): Uint8Array {
    checkCodecPlane(fp8Codec, plane);
    data = checkChunkData(plane, data, "data");
    const { encoding } = plane;
    const layout = fp8ScaleLayout(plane);
    if (layout === undefined) {
      rejectUnusedScales(
        options,
        `the plane's scaleGranularity is "none", so it stores no scales and these would be ignored. Set scaleGranularity to "tensor", "head", "token", "group" or "tile", or leave scales out.`,
      );
    }
    const sizes = fp8Codec.sectionSizes(plane);
    const { offsets, size } = layoutSections(sizes);
    const payload = new Uint8Array(size);
    const codes = payload.subarray(offsets[offsets.length - 1]!);

    let scales: Float64Array | undefined;
    if (layout !== undefined) {
      scales = resolveScales(plane, layout, data, options.scales);
      const view = new DataView(payload.buffer);
      scales.forEach((scale, k) => {
        if (scaleBytes(plane) === 4) view.setFloat32(k * 4, scale, true);
        else view.setUint16(k * 2, toFp16Bits(scale), true);
      });
    }

    const format = fp8Format(encoding.format);
    const runs = layout ?? { dims: [data.length], scaleAxes: [], groupAxis: -1, groupSize: 1 };
    if (plane.elementType === "fp32") {
      const values = data as Float32Array;
      // NaN signs come from the input's bits: a JavaScript NaN has none that code can read.
      const words = new Uint32Array(values.buffer, values.byteOffset, values.length);
      forEachScaleRun(runs, (start, length, k) => {
        const scale = scales?.[k];
        for (let i = start; i < start + length; i++) {
          const value = values[i]!;
          codes[i] = encodeMinifloat(scale === undefined ? value : Math.fround(value / scale), format, encoding.saturate, words[i]! >>> 31 === 1);
        }
      });
    } else {
      const inputType = plane.elementType;
      forEachScaleRun(runs, (start, length, k) => {
        encodeHalfRun(data as Uint16Array, codes, start, length, encoding.format, encoding.saturate, inputType, scales?.[k]);
      });
    }
    return payload;
  },

  decode(plane: Fp8Plane, payload: Uint8Array): ElementArray {
    checkCodecPlane(fp8Codec, plane);
    checkPayloadSize("fp8", fp8Codec.sectionSizes(plane), payload);
    const layout = fp8ScaleLayout(plane);
    const { offsets } = layoutSections(fp8Codec.sectionSizes(plane));
    const codes = payload.subarray(offsets[offsets.length - 1]!);
    const out = allocateElements(plane.elementType, chunkShape(plane).elementCount);
    const scales = layout === undefined ? undefined : readScales(plane, payload, scaleCount(layout));
    scales?.forEach((scale, k) => {
      if (!(scale > 0) || !Number.isFinite(scale)) {
        throw new KvCacheRangeError("INVALID_SCALE", `Invalid stored scale ${scale} at index ${k}: a scale must be finite and greater than 0.`, {
          field: "scales",
          value: scale,
        });
      }
    });
    const runs = layout ?? { dims: [out.length], scaleAxes: [], groupAxis: -1, groupSize: 1 };
    forEachScaleRun(runs, (start, length, k) => {
      decodeRun(codes, out as Uint16Array | Float32Array, start, length, plane.encoding.format, plane.elementType, scales?.[k]);
    });
    return out;
  },

  errorBounds(plane: Fp8Plane, input: ElementArray, decoded: ElementArray, options: Pick<EncodeChunkOptions, "scales"> = {}): Float64Array {
    checkCodecPlane(fp8Codec, plane);
    input = checkChunkData(plane, input, "input");
    decoded = checkChunkData(plane, decoded, "decoded");
    const format = fp8Format(plane.encoding.format);
    const layout = fp8ScaleLayout(plane);
    const values = elementValues(input, plane.elementType);
    const outputs = elementValues(decoded, plane.elementType);
    // The scales the encoder used: the given ones, rounded as stored, or else the derived ones.
    const scales = layout === undefined ? undefined : readScales(plane, fp8Codec.encode(plane, input, { scales: options.scales }), scaleCount(layout));
    const bounds = new Float64Array(values.length);
    const runs = layout ?? { dims: [values.length], scaleAxes: [], groupAxis: -1, groupSize: 1 };
    forEachScaleRun(runs, (start, length, k) => {
      const scale = scales?.[k] ?? 1;
      for (let i = start; i < start + length; i++) {
        const x = values[i]!;
        const q = scales === undefined ? x : Math.fround(x / scale);
        const code = encodeMinifloat(q, format, plane.encoding.saturate);
        const overflowed = Math.abs(q) > format.maxFinite || !Number.isFinite(q);
        if (overflowed && !Number.isFinite(decodeMinifloat(code, format))) {
          bounds[i] = Infinity;
          continue;
        }
        const clamp = overflowed ? Math.abs(x) - format.maxFinite * scale : 0;
        const fp32Rounding = scales === undefined ? 0 : (scale * ulpOf(q, FP32_LIKE)) / 2;
        bounds[i] = clamp + (scale * ulpOf(q, format)) / 2 + fp32Rounding + halfUlp(outputs[i]!, plane.elementType);
      }
    });
    return bounds;
  },
};

// Only the fields ulpOf reads: binary32 spacing for the rounding of x / s.
const FP32_LIKE = { ...fp8Format("e4m3fn"), mantissaBits: 23, minNormal: 2 ** -126, minSubnormal: 2 ** -149, maxFinite: 3.4028234663852886e38 };

function resolveScales(plane: Fp8Plane, layout: ScaleLayout, data: ElementArray, given: Float32Array | undefined): Float64Array {
  const count = scaleCount(layout);
  const scales = new Float64Array(count);
  if (given !== undefined) {
    checkScaleArray(given, "scales");
    if (given.length !== count) {
      throw new KvCacheRangeError("INVALID_SCALE", `Invalid scales: expected ${count} for ${plane.encoding.scaleGranularity} granularity, got ${given.length}.`, {
        field: "scales",
        value: given.length,
      });
    }
    given.forEach((value, k) => (scales[k] = storedScale(value, plane, `scales[${k}]`)));
    return scales;
  }
  // amax / max of the format per scale, so each block's peak maps to the format's largest finite
  // value. vLLM's calc_kv_scales instead divides a layer's amax by the fixed constants
  // K_SCALE_CONSTANT and V_SCALE_CONSTANT.
  const values = elementValues(data, plane.elementType);
  const amax = new Float64Array(count);
  forEachScaleRun(layout, (start, length, k) => {
    let peak = amax[k]!;
    for (let i = start; i < start + length; i++) {
      const magnitude = Math.abs(values[i]!);
      if (magnitude > peak && magnitude !== Infinity) peak = magnitude;
    }
    amax[k] = peak;
  });
  const max = fp8Format(plane.encoding.format).maxFinite;
  amax.forEach((peak, k) => (scales[k] = storedScale(peak > 0 ? peak / max : 1, plane, `derived scales[${k}]`, "up")));
  return scales;
}
