import { decodedElementBytes, type DecodedElementType, type Fp8Format } from "./element-type.js";
import { KvCacheError } from "./errors.js";

/** What a plane holds: keys, values, an MLA latent, or a linear-attention state. */
export type PlaneRole = "key" | "value" | "latent" | "state";

/**
 * How a plane grows: a `token` plane has one row per context token; a `window` plane keeps only
 * the most recent tokens of a sliding or chunked layer and records the first one in `position`;
 * a `state` plane has no token axis and records the token position its state is valid at.
 */
export type PlaneKind = "token" | "window" | "state";

/** The meaning of one axis of a plane's `dims`. */
export type AxisRole = "other" | "layer" | "token" | "head" | "channel";

/** Stages applied to a chunk's bytes after the codec, in order: byte-plane split, raw deflate. */
export type Stage = "byte-split" | "deflate";

/** Which elements share one FP8 scale. `tile` is a group along the channel axis. */
export type ScaleGranularity = "none" | "tensor" | "head" | "token" | "group" | "tile";

/** Elements stored as they are (`elementType` itself). */
export interface RawEncoding {
  codec: "raw";
  stages?: Stage[];
}

/** Elements stored as FP8 codes with optional scales (`fp8(x / scale)`, as vLLM does). */
export interface Fp8Encoding {
  codec: "fp8";
  format: Fp8Format;
  /** Overflow mode: saturate to ±max (true) or become Infinity or NaN (false). */
  saturate: boolean;
  scaleGranularity: ScaleGranularity;
  /** Default fp32, as vLLM stores its scales. */
  scaleType?: "fp32" | "fp16";
  /** Elements per scale along `groupAxis`, for `group` and `tile` granularity. */
  groupSize?: number;
  /** Index into `dims` of the group axis, for `group` granularity (`tile` uses the channel axis). */
  groupAxis?: number;
  stages?: Stage[];
}

/**
 * KIVI-style asymmetric integer quantisation: groups of `groupSize` along `groupAxis` (the token
 * axis for keys, the channel axis for values), an fp16 or fp32 scale and minimum per group, and
 * the last `residualTokens` tokens kept unquantised.
 */
export interface IntGroupEncoding {
  codec: "int";
  bits: 2 | 4 | 8;
  groupSize: number;
  /** Index into `dims` of the axis groups run along. */
  groupAxis: number;
  /** Default fp16, as KIVI stores them. */
  scaleType?: "fp16" | "fp32";
  residualTokens: number;
  stages?: Stage[];
}

/** How a plane's chunks are encoded. */
export type PlaneEncoding = RawEncoding | Fp8Encoding | IntGroupEncoding;

/** A plane's shape and meaning, without its encoding: what a receiver checks a frame against. */
export interface PlaneGeometry {
  role: PlaneRole;
  kind: PlaneKind;
  /** The type values are given and decoded in. */
  elementType: DecodedElementType;
  /** Row-major shape, 1 to 8 axes, optionally with a leading layer axis. */
  dims: number[];
  axisRoles: AxisRole[];
  /** First token of a window plane, token position of a state plane, 0 otherwise. */
  position: number;
  /** First channel of this plane within a wider vector (512 for the rotary part of a 576-wide latent). */
  channelOffset: number;
}

/** One plane of a frame: geometry plus encoding. */
export interface PlaneDescriptor extends PlaneGeometry {
  encoding: PlaneEncoding;
}

/** The shape of one chunk of a plane: `dims` without the layer axis. */
export interface ChunkShape {
  dims: number[];
  axisRoles: AxisRole[];
  elementCount: number;
  /** Number of chunks (layers) the plane has: the layer axis length, or 1. */
  layerCount: number;
  /** Maps an index into the plane's `dims` to an index into the chunk's `dims` (-1 for the layer axis). */
  chunkAxis(planeAxis: number): number;
}

/** Returns the shape of one chunk of `plane`. */
export function chunkShape(plane: PlaneGeometry): ChunkShape {
  const layerAxis = plane.axisRoles.indexOf("layer");
  const dims = plane.dims.filter((_, axis) => axis !== layerAxis);
  const axisRoles = plane.axisRoles.filter((_, axis) => axis !== layerAxis);
  return {
    dims,
    axisRoles,
    elementCount: dims.reduce((product, length) => product * length, 1),
    layerCount: layerAxis < 0 ? 1 : plane.dims[layerAxis]!,
    chunkAxis: (planeAxis) => (planeAxis === layerAxis ? -1 : layerAxis >= 0 && planeAxis > layerAxis ? planeAxis - 1 : planeAxis),
  };
}

/** Returns the bytes of one decoded chunk of `plane`. */
export function chunkElementBytes(plane: PlaneGeometry): number {
  return chunkShape(plane).elementCount * decodedElementBytes(plane.elementType);
}

function invalid(field: string, value: unknown, message: string): KvCacheError {
  return new KvCacheError("INVALID_ARGUMENT", `Invalid ${field} ${JSON.stringify(value)}: ${message}`, { field, value });
}

/**
 * Checks a plane's geometry: rank 1 to 8, positive integer dims, one role per axis, at most one
 * layer, token, head and channel axis each, a token axis exactly for token and window planes,
 * and a non-negative integer `position` and `channelOffset`.
 */
export function checkPlaneGeometry(plane: PlaneGeometry, field = "plane"): void {
  if (plane === null || typeof plane !== "object" || Array.isArray(plane)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}: expected a plane descriptor { role, kind, elementType, dims, axisRoles, position, channelOffset }, got ${plane === null || Array.isArray(plane) ? JSON.stringify(plane) : typeof plane}.`, {
      field,
      value: plane,
    });
  }
  if (!["key", "value", "latent", "state"].includes(plane.role)) {
    throw invalid(`${field}.role`, plane.role, 'expected "key", "value", "latent" or "state".');
  }
  if (!["token", "window", "state"].includes(plane.kind)) {
    throw invalid(`${field}.kind`, plane.kind, 'expected "token", "window" or "state".');
  }
  if (!["fp32", "fp16", "bf16"].includes(plane.elementType)) {
    throw invalid(`${field}.elementType`, plane.elementType, 'expected "fp32", "fp16" or "bf16".');
  }
  if (!Array.isArray(plane.dims) || plane.dims.length < 1 || plane.dims.length > 8) {
    throw invalid(`${field}.dims`, plane.dims, "expected 1 to 8 axes.");
  }
  plane.dims.forEach((length, axis) => {
    if (!Number.isSafeInteger(length) || length < 1 || length > 0xffffffff) {
      throw invalid(`${field}.dims[${axis}]`, length, "expected a positive integer below 2^32.");
    }
  });
  if (!Array.isArray(plane.axisRoles) || plane.axisRoles.length !== plane.dims.length) {
    throw invalid(`${field}.axisRoles`, plane.axisRoles, `expected one role per axis (${plane.dims.length}).`);
  }
  for (const role of ["layer", "token", "head", "channel"] as const) {
    if (plane.axisRoles.filter((r) => r === role).length > 1) {
      throw invalid(`${field}.axisRoles`, plane.axisRoles, `at most one axis may be the ${role} axis.`);
    }
  }
  plane.axisRoles.forEach((role, axis) => {
    if (!["other", "layer", "token", "head", "channel"].includes(role)) {
      throw invalid(`${field}.axisRoles[${axis}]`, role, 'expected "other", "layer", "token", "head" or "channel".');
    }
  });
  const hasToken = plane.axisRoles.includes("token");
  if (plane.kind === "state" && hasToken) throw invalid(`${field}.axisRoles`, plane.axisRoles, "a state plane has no token axis.");
  if (plane.kind !== "state" && !hasToken) {
    throw invalid(`${field}.axisRoles`, plane.axisRoles, `a ${plane.kind} plane needs a token axis.`);
  }
  if (!Number.isSafeInteger(plane.position) || plane.position < 0) {
    throw invalid(`${field}.position`, plane.position, "expected a non-negative integer token index.");
  }
  if (!Number.isSafeInteger(plane.channelOffset) || plane.channelOffset < 0 || plane.channelOffset > 0xffffffff) {
    throw invalid(`${field}.channelOffset`, plane.channelOffset, "expected a non-negative integer below 2^32.");
  }
}

/** Returns true when two geometries describe the same plane. */
export function sameGeometry(a: PlaneGeometry, b: PlaneGeometry): boolean {
  return (
    a.role === b.role &&
    a.kind === b.kind &&
    a.elementType === b.elementType &&
    a.position === b.position &&
    a.channelOffset === b.channelOffset &&
    a.dims.length === b.dims.length &&
    a.dims.every((length, axis) => length === b.dims[axis]) &&
    a.axisRoles.every((role, axis) => role === b.axisRoles[axis])
  );
}

/** Returns a short text form of a geometry for messages, such as `key token fp16 [8×4096×8×128]`. */
export function describeGeometry(plane: PlaneGeometry): string {
  const axes = plane.dims.map((length, axis) => `${plane.axisRoles[axis]}:${length}`).join(" ");
  return `${plane.role} ${plane.kind} ${plane.elementType} [${axes}] position ${plane.position} channelOffset ${plane.channelOffset}`;
}
