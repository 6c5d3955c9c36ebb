import { CODECS, codecOf } from "./codecs/index.js";
import { describeValue } from "./describe-value.js";
import { ELEMENT_TYPE_IDS, elementBits } from "./element-type.js";
import { KvCacheError } from "./errors.js";
import { rejectUnknownKeys } from "./known-keys.js";
import {
  AXIS_ROLE_IDS,
  CODEC_IDS,
  NO_GROUP_AXIS,
  PLANE_KIND_IDS,
  ROLE_IDS,
  SCALE_GRANULARITY_IDS,
  SCALE_TYPE_IDS,
} from "./frame-format.js";
import { checkPlaneGeometry, chunkShape, type PlaneDescriptor, type Stage } from "./plane.js";
import { STAGE_IDS } from "./stages.js";

/** The fields each codec's encoding takes. */
const ENCODING_KEYS: Record<PlaneDescriptor["encoding"]["codec"], readonly string[]> = {
  raw: ["codec", "stages"],
  fp8: ["codec", "format", "saturate", "scaleGranularity", "scaleType", "groupSize", "groupAxis", "stages"],
  int: ["codec", "bits", "groupSize", "groupAxis", "scaleType", "residualTokens", "stages"],
};

/**
 * Checks that `planes` is an array of 1 to 65,535 entries, the plane counts a frame header can
 * record, or throws `INVALID_ARGUMENT`. A frame without planes cannot be encoded, so an empty
 * array is rejected too.
 */
export function checkPlaneCount(planes: unknown): asserts planes is readonly PlaneDescriptor[] {
  if (!Array.isArray(planes) || planes.length === 0 || planes.length > 0xffff) {
    let got = "an object that is not an array";
    if (Array.isArray(planes)) got = `${planes.length}`;
    else if (planes === null || typeof planes !== "object") got = describeValue(planes);
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid planes: expected an array of 1 to 65,535 plane descriptors, got ${got}.`, { field: "planes" });
  }
}

/**
 * Checks a plane descriptor: its geometry, its encoding's fields and their values against the
 * codec's rules, and its stages, where "deflate" can only be last. Throws `INVALID_ARGUMENT`
 * naming the field.
 */
export function checkPlane(plane: PlaneDescriptor, field = "plane"): void {
  checkPlaneGeometry(plane, field);
  checkEncodingName(plane, field);
  const codec = codecOf(plane);
  rejectUnknownKeys(plane.encoding, ENCODING_KEYS[plane.encoding.codec], `a ${plane.encoding.codec} encoding`, `${field}.encoding`);
  const problem = codec.check(plane as never);
  if (problem !== undefined) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}.encoding: ${problem}.`, { field: `${field}.encoding`, value: plane.encoding });
  }
  const stages: unknown = plane.encoding.stages ?? [];
  if (!Array.isArray(stages) || stages.length > 4 || stages.some((stage) => !Object.hasOwn(STAGE_IDS, stage))) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}.encoding.stages ${JSON.stringify(stages)}: expected up to 4 of "byte-split" and "deflate".`, {
      field: `${field}.encoding.stages`,
      value: stages,
    });
  }
  // A chunk entry records only storedSize and decodedSize, so a reader cannot size the output of a
  // deflate stage that another stage follows.
  const deflateIndex = stages.indexOf("deflate");
  if (deflateIndex !== -1 && deflateIndex < stages.length - 1) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}.encoding.stages ${JSON.stringify(stages)}: a stage after "deflate" cannot be undone by a reader. Make "deflate" the last stage and use it once.`,
      { field: `${field}.encoding.stages`, value: stages },
    );
  }
}

/**
 * Checks that a plane has an encoding with a known codec, or throws `INVALID_ARGUMENT` naming the
 * plane. A plane geometry from `modelPlanes` has no encoding until `applyCodecPreset` gives it one.
 */
function checkEncodingName(plane: PlaneDescriptor, field: string): void {
  const encoding: unknown = plane.encoding;
  if (encoding === null || typeof encoding !== "object" || Array.isArray(encoding)) {
    throw new KvCacheError(
      "INVALID_ARGUMENT",
      `Invalid ${field}.encoding ${JSON.stringify(encoding)}: a plane needs an encoding such as { codec: "raw" }. Give a plane from modelPlanes one with applyCodecPreset(plane, "fp16").`,
      { field: `${field}.encoding`, value: encoding },
    );
  }
  const codec = (encoding as { codec?: unknown }).codec;
  if (typeof codec !== "string" || !Object.hasOwn(CODECS, codec)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid ${field}.encoding.codec ${JSON.stringify(codec)}: expected "raw", "fp8" or "int".`, {
      field: `${field}.encoding.codec`,
      value: codec,
    });
  }
}

/** Returns the stored element size a byte-plane split uses: whole bytes of the stored type, at least 1. */
export function splitElementBytes(plane: PlaneDescriptor): number {
  return Math.max(1, elementBits(codecOf(plane).storedType(plane as never)) / 8);
}

/** Writes a plane descriptor's 80-byte entry at `offset`. */
export function writePlaneEntry(view: DataView, offset: number, plane: PlaneDescriptor): void {
  const { encoding } = plane;
  const codec = codecOf(plane);
  view.setUint8(offset, ROLE_IDS[plane.role]);
  view.setUint8(offset + 1, PLANE_KIND_IDS[plane.kind]);
  view.setUint8(offset + 2, ELEMENT_TYPE_IDS[plane.elementType]);
  view.setUint8(offset + 3, CODEC_IDS[encoding.codec]);
  view.setUint8(offset + 4, ELEMENT_TYPE_IDS[codec.storedType(plane as never)]);

  let overflow = 0;
  let granularity = 0;
  let scaleType = 0;
  let groupSize = 0;
  let groupAxis = NO_GROUP_AXIS;
  let residualTokens = 0;
  if (encoding.codec === "fp8") {
    overflow = encoding.saturate ? 1 : 2;
    granularity = SCALE_GRANULARITY_IDS[encoding.scaleGranularity];
    if (granularity !== 0) scaleType = SCALE_TYPE_IDS[encoding.scaleType ?? "fp32"];
    if (encoding.scaleGranularity === "group" || encoding.scaleGranularity === "tile") {
      groupSize = encoding.groupSize ?? 0;
      groupAxis = encoding.scaleGranularity === "tile" ? plane.axisRoles.indexOf("channel") : (encoding.groupAxis ?? NO_GROUP_AXIS);
    }
  } else if (encoding.codec === "int") {
    granularity = SCALE_GRANULARITY_IDS.group;
    scaleType = SCALE_TYPE_IDS[encoding.scaleType ?? "fp16"];
    groupSize = encoding.groupSize;
    groupAxis = encoding.groupAxis;
    residualTokens = encoding.residualTokens;
  }
  view.setUint8(offset + 5, overflow);
  view.setUint8(offset + 6, granularity);
  view.setUint8(offset + 7, scaleType);
  view.setUint32(offset + 8, groupSize, true);
  view.setUint8(offset + 12, groupAxis);
  view.setUint8(offset + 13, plane.dims.length);
  (encoding.stages ?? []).forEach((stage: Stage, index) => view.setUint8(offset + 14 + index, STAGE_IDS[stage]));
  view.setUint32(offset + 20, residualTokens, true);
  view.setBigUint64(offset + 24, BigInt(plane.position), true);
  view.setUint32(offset + 32, plane.channelOffset, true);
  plane.dims.forEach((length, axis) => view.setUint32(offset + 40 + axis * 4, length, true));
  plane.axisRoles.forEach((role, axis) => view.setUint8(offset + 72 + axis, AXIS_ROLE_IDS[role]));
}

/** Returns the number of chunks (layers) of a plane. */
export function planeLayerCount(plane: PlaneDescriptor): number {
  return chunkShape(plane).layerCount;
}
