import { describeValue } from "./describe-value.js";
import { KvCacheError } from "./errors.js";
import type { AxisRole, PlaneKind, PlaneRole, ScaleGranularity } from "./plane.js";

/** Field values of the frame format, version 1.0. Value 0 is invalid wherever not listed. */
export const FRAME_MAGIC = [0x4d, 0x53, 0x4b, 0x56]; // ASCII "MSKV"
export const FRAME_VERSION_MAJOR = 1;
export const FRAME_VERSION_MINOR = 0;
export const HEADER_SIZE = 64;
export const PLANE_ENTRY_SIZE = 80;
export const CHUNK_ENTRY_SIZE = 40;
/** Byte offset of `headerChecksum` in the fixed header. */
export const HEADER_CHECKSUM_OFFSET = 56;
/** No group axis, in a plane entry's `groupAxis`. */
export const NO_GROUP_AXIS = 255;

export const ROLE_IDS: Record<PlaneRole, number> = { key: 1, value: 2, latent: 3, state: 4 };
export const PLANE_KIND_IDS: Record<PlaneKind, number> = { token: 1, window: 2, state: 3 };
export const CODEC_IDS = { raw: 1, fp8: 2, int: 3 } as const;
export const SCALE_GRANULARITY_IDS: Record<ScaleGranularity, number> = { none: 0, tensor: 1, head: 2, token: 3, group: 4, tile: 5 };
export const SCALE_TYPE_IDS = { none: 0, fp32: 1, fp16: 2 } as const;
export const AXIS_ROLE_IDS: Record<AxisRole, number> = { other: 0, layer: 1, token: 2, head: 3, channel: 4 };

/**
 * Where the sender's tensor came from. Informational only: payloads always follow the plane's
 * `dims`. `KV_2LTD`, `KV_T2D`, `KV_2TD` and `KV_MLA_FMT` are LMCache v1 `MemoryFormat` names;
 * `vllm-nhd` and `vllm-hnd` are vLLM's `get_kv_cache_layout()` orders.
 */
export type SourceLayout = "unspecified" | "KV_2LTD" | "KV_T2D" | "KV_2TD" | "KV_MLA_FMT" | "vllm-nhd" | "vllm-hnd";
export const SOURCE_LAYOUT_IDS: Record<SourceLayout, number> = {
  unspecified: 0,
  KV_2LTD: 1,
  KV_T2D: 2,
  KV_2TD: 3,
  KV_MLA_FMT: 4,
  "vllm-nhd": 5,
  "vllm-hnd": 6,
};

/** Returns the key of `table` whose value is `id`, or undefined. */
export function nameOf<K extends string>(table: Record<K, number>, id: number): K | undefined {
  for (const [name, value] of Object.entries(table) as [K, number][]) if (value === id) return name;
  return undefined;
}

/** Limits a reader enforces before it allocates or trusts any size. */
export interface FrameLimits {
  /** Default 4 GiB. */
  maxFrameBytes: number;
  /** Largest `storedSize` or `decodedSize` of one chunk. Default 1 GiB. */
  maxChunkBytes: number;
  /**
   * Largest sum of the chunks' `decodedSize`, which bounds what undoing the stages may produce
   * from one frame. Default 4 GiB, the default `maxFrameBytes`, which every frame without a
   * deflate stage stays within.
   */
  maxDecodedBytes: number;
  /**
   * Largest ratio of a frame's decoded bytes to its `frameSize`. It applies to the chunks' total
   * `decodedSize` and to the total bytes of the decoded elements, once either total passes
   * {@link DECODED_RATIO_GRACE_BYTES}. Default 16,512 (`MAX_WRITER_DECODED_RATIO`), which no frame
   * that `encodeFrame` writes can pass, so the default reader accepts every valid frame. For a
   * sender you do not trust, lower it: 100 matches the 1 % minimum inflate ratio that Apache POI's
   * `ZipSecureFile` applies to zip entries, and rejects deflated runs of zeros.
   */
  maxDecodedRatio: number;
  /** Default 256. */
  maxPlanes: number;
  /** Default 65,536. */
  maxChunks: number;
}

/**
 * Largest ratio of decoded to stored bytes a valid frame can reach: deflate's 1,032:1 maximum
 * (zlib technical details, https://zlib.net/zlib_tech.html) times 16, the expansion of 2-bit
 * codes to fp32 elements.
 */
export const MAX_WRITER_DECODED_RATIO = 1032 * 16;

/**
 * The default {@link FrameLimits}. It is frozen because every reader in the process starts from
 * it. Pass `limits` to a reader to change them for that reader only.
 */
export const DEFAULT_FRAME_LIMITS: Readonly<FrameLimits> = Object.freeze({
  maxFrameBytes: 4 * 2 ** 30,
  maxChunkBytes: 2 ** 30,
  maxDecodedBytes: 4 * 2 ** 30,
  maxDecodedRatio: MAX_WRITER_DECODED_RATIO,
  maxPlanes: 256,
  maxChunks: 65_536,
});

/**
 * Decoded totals up to this many bytes (1 MiB) pass `maxDecodedRatio` whatever the ratio, so a
 * small frame of constant values still decodes. One grace per frame, not per chunk, keeps a
 * frame of many tiny chunks from adding up to a large expansion.
 */
export const DECODED_RATIO_GRACE_BYTES = 2 ** 20;

/**
 * Returns the limits a reader enforces: the defaults with the given ones in their place. A limit
 * left out or `undefined` keeps its default, so an unset setting never turns a limit off. Pass
 * `Infinity` to turn one off on purpose. Throws `INVALID_ARGUMENT` for an unknown key (a misspelt
 * limit would otherwise leave the default in force unnoticed) and for a value that is not a
 * number above 0 (NaN or a string would compare false and turn the limit off).
 */
export function resolveFrameLimits(limits: Partial<FrameLimits> | undefined): FrameLimits {
  if (limits === undefined) return { ...DEFAULT_FRAME_LIMITS };
  const known = Object.keys(DEFAULT_FRAME_LIMITS) as (keyof FrameLimits)[];
  if (limits === null || typeof limits !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid limits: expected an object with any of ${known.join(", ")}, got ${describeValue(limits)}.`, { field: "limits", value: limits });
  }
  const resolved: FrameLimits = { ...DEFAULT_FRAME_LIMITS };
  for (const [key, value] of Object.entries(limits)) {
    if (!(known as string[]).includes(key)) {
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown reader limit "${key}": the limits are ${known.join(", ")}.`, { field: `limits.${key}`, value });
    }
    if (value === undefined) continue;
    if (typeof value !== "number" || !(value > 0)) {
      throw new KvCacheError(
        "INVALID_ARGUMENT",
        `Invalid limits.${key} ${typeof value === "string" ? JSON.stringify(value) : String(value)}: expected a number above 0 (the default is ${DEFAULT_FRAME_LIMITS[key as keyof FrameLimits]}), or Infinity to turn the limit off.`,
        { field: `limits.${key}`, value },
      );
    }
    resolved[key as keyof FrameLimits] = value;
  }
  return resolved;
}
