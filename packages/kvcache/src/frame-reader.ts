import { CHECKSUM_IDS, checkChecksums, checksumFunction, type ChecksumAlgorithm, type Checksums } from "./checksum.js";
import { codecOf } from "./codecs/index.js";
import { describeValue } from "./describe-value.js";
import { decodedElementBytes, elementTypeFromId, type DecodedElementType, type ElementArray } from "./element-type.js";
import { KvCacheError, isKvCacheError } from "./errors.js";
import {
  AXIS_ROLE_IDS,
  CHUNK_ENTRY_SIZE,
  CODEC_IDS,
  DECODED_RATIO_GRACE_BYTES,
  FRAME_MAGIC,
  FRAME_VERSION_MAJOR,
  FRAME_VERSION_MINOR,
  HEADER_CHECKSUM_OFFSET,
  HEADER_SIZE,
  NO_GROUP_AXIS,
  PLANE_ENTRY_SIZE,
  PLANE_KIND_IDS,
  ROLE_IDS,
  SCALE_GRANULARITY_IDS,
  SCALE_TYPE_IDS,
  SOURCE_LAYOUT_IDS,
  nameOf,
  resolveFrameLimits,
  type FrameLimits,
  type SourceLayout,
} from "./frame-format.js";
import { frameBytes, type FrameBytes } from "./frame-input.js";
import { checkPlane, splitElementBytes } from "./plane-entry.js";
import { chunkShape, describeGeometry, sameGeometry, type AxisRole, type PlaneDescriptor, type PlaneEncoding, type PlaneGeometry, type Stage } from "./plane.js";
import { aligned, alignUp, layoutSections } from "./sections.js";
import { STAGE_IDS, inflateRawBounded, joinBytePlanes } from "./stages.js";

/** Options of {@link decodeFrame} and the streaming decoder. */
export interface DecodeFrameOptions {
  /** Checksum functions, from `await loadChecksums()`. */
  checksums: Checksums;
  /** The planes the receiver expects; a frame whose geometry differs is rejected. */
  expectedPlanes?: readonly PlaneGeometry[];
  /** Reject (true, default) or only warn about non-zero padding and reserved fields. */
  strict?: boolean;
  /** Receives the warnings of a permissive reader. */
  onWarning?: (message: string) => void;
  /**
   * Reader limits in place of the defaults (`DEFAULT_FRAME_LIMITS`): raise one for a large frame
   * you expect, or lower `maxDecodedRatio` for untrusted senders. A limit left out or `undefined`
   * keeps its default; `Infinity` turns it off. Unknown keys and values that are not numbers
   * above 0 throw `INVALID_ARGUMENT`.
   */
  limits?: Partial<FrameLimits>;
  /**
   * The writer's checksum algorithm, accepted so that one options object can serve
   * `encodeFrame` and `decodeFrame`. The reader checks that it names an algorithm and otherwise
   * ignores it, because each frame records the algorithm it was written with.
   */
  checksum?: ChecksumAlgorithm;
}

/** The fixed header of a frame, after the size and limit checks. */
export interface FrameHeader {
  versionMajor: number;
  versionMinor: number;
  planeCount: number;
  chunkCount: number;
  checksum: ChecksumAlgorithm;
  sourceLayout: SourceLayout;
  frameSize: number;
  firstToken: number;
  tokenCount: number;
  payloadOffset: number;
}

/** One entry of the chunk index. */
export interface ChunkEntry {
  offset: number;
  storedSize: number;
  decodedSize: number;
  checksum: bigint;
  planeIndex: number;
  layerIndex: number;
}

/** A decoded chunk: the values of one layer of one plane. */
export interface DecodedChunk {
  planeIndex: number;
  layerIndex: number;
  data: ElementArray;
}

/** A whole decoded frame. */
export interface DecodedFrame {
  header: FrameHeader;
  planes: PlaneDescriptor[];
  chunks: DecodedChunk[];
}

/** The header, planes and chunk index of a frame, verified by the header checksum. */
export interface FrameTables {
  header: FrameHeader;
  planes: PlaneDescriptor[];
  chunks: ChunkEntry[];
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function fail(code: ConstructorParameters<typeof KvCacheError>[0], field: string, value: unknown, message: string, chunkIndex?: number): KvCacheError {
  return new KvCacheError(code, message, { field, value, ...(chunkIndex === undefined ? {} : { chunkIndex }) });
}

function safeNumber(value: bigint, field: string): number {
  if (value > MAX_SAFE) {
    throw fail(
      "FRAME_LIMIT_EXCEEDED",
      field,
      value,
      `Invalid frame: ${field} ${value} exceeds 2^53 − 1, the largest size this reader computes with. No writer produces such a field, so the frame is damaged: fetch it again.`,
    );
  }
  return Number(value);
}

function limit(field: string, value: number, max: number, option: keyof FrameLimits): void {
  if (value > max) {
    throw fail(
      "FRAME_LIMIT_EXCEEDED",
      field,
      value,
      `Invalid frame: ${field} ${value} exceeds the reader limit ${max}. Raise limits.${option} if the frame is expected, or split the context into several frames. A damaged header shows the same way, so fetch the frame again if it crossed an unreliable link.`,
    );
  }
}

/**
 * Reads and checks the fixed header (the first 64 bytes): magic, version, entry sizes and the
 * reader limits. Does not verify the header checksum, which covers the tables too. `input` is a
 * `Uint8Array` (a Node `Buffer` works) or an `ArrayBuffer`, and is never written to.
 */
export function readFixedHeader(input: FrameBytes, limits: Partial<FrameLimits> = {}): FrameHeader {
  const bytes = frameBytes(input, "frame");
  const max = resolveFrameLimits(limits);
  if (bytes.length < HEADER_SIZE) {
    throw fail("FRAME_TRUNCATED", "headerSize", bytes.length, `Invalid frame: ${bytes.length} bytes is shorter than the ${HEADER_SIZE}-byte header. The frame was truncated.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_SIZE);
  for (let i = 0; i < 4; i++) {
    if (bytes[i] !== FRAME_MAGIC[i]) {
      throw fail("FRAME_BAD_MAGIC", "magic", [...bytes.subarray(0, 4)], "Invalid frame: the magic is not \"MSKV\". The bytes are not a modelsys KV frame.");
    }
  }
  const versionMajor = view.getUint16(4, true);
  const versionMinor = view.getUint16(6, true);
  if (versionMajor !== FRAME_VERSION_MAJOR || versionMinor > FRAME_VERSION_MINOR) {
    throw fail(
      "FRAME_UNSUPPORTED_VERSION",
      "version",
      `${versionMajor}.${versionMinor}`,
      `Unsupported frame version ${versionMajor}.${versionMinor}: this reader supports ${FRAME_VERSION_MAJOR}.${FRAME_VERSION_MINOR}. Upgrade @modelsys/kvcache or have the sender write version ${FRAME_VERSION_MAJOR}.${FRAME_VERSION_MINOR}.`,
    );
  }
  const sizes: [string, number, number][] = [
    ["headerSize", view.getUint32(8, true), HEADER_SIZE],
    ["planeEntrySize", view.getUint16(14, true), PLANE_ENTRY_SIZE],
    ["chunkEntrySize", view.getUint16(20, true), CHUNK_ENTRY_SIZE],
  ];
  for (const [field, value, expected] of sizes) {
    if (value !== expected) throw fail("FRAME_INVALID", field, value, `Invalid frame: ${field} is ${value}, version 1.0 requires ${expected}.`);
  }
  const planeCount = view.getUint16(12, true);
  const chunkCount = view.getUint32(16, true);
  if (planeCount === 0) throw fail("FRAME_INVALID", "planeCount", 0, "Invalid frame: planeCount is 0; a frame has at least one plane.");
  limit("planeCount", planeCount, max.maxPlanes, "maxPlanes");
  limit("chunkCount", chunkCount, max.maxChunks, "maxChunks");

  const checksum = nameOf(CHECKSUM_IDS, view.getUint8(22));
  if (checksum === undefined) {
    throw fail("FRAME_UNKNOWN_ENUM", "checksumAlgorithm", view.getUint8(22), `Invalid frame: unknown checksumAlgorithm ${view.getUint8(22)}; version 1 knows 1 crc32, 2 crc32c, 3 xxh64, 4 xxh3.`);
  }
  const sourceLayout = nameOf(SOURCE_LAYOUT_IDS, view.getUint8(23));
  if (sourceLayout === undefined) {
    throw fail("FRAME_UNKNOWN_ENUM", "sourceLayout", view.getUint8(23), `Invalid frame: unknown sourceLayout ${view.getUint8(23)}; version 1 knows 0 to 6.`);
  }
  const frameSize = safeNumber(view.getBigUint64(24, true), "frameSize");
  limit("frameSize", frameSize, max.maxFrameBytes, "maxFrameBytes");
  const firstToken = safeNumber(view.getBigUint64(32, true), "firstToken");
  const tokenCount = view.getUint32(40, true);
  const payloadOffset = view.getUint32(44, true);
  const tablesEnd = HEADER_SIZE + planeCount * PLANE_ENTRY_SIZE + chunkCount * CHUNK_ENTRY_SIZE;
  if (payloadOffset !== alignUp(tablesEnd)) {
    throw fail("FRAME_INVALID", "payloadOffset", payloadOffset, `Invalid frame: payloadOffset is ${payloadOffset}, the tables end at ${tablesEnd} so it must be ${alignUp(tablesEnd)}.`);
  }
  if (frameSize < payloadOffset) {
    throw fail("FRAME_INVALID", "frameSize", frameSize, `Invalid frame: frameSize ${frameSize} is smaller than payloadOffset ${payloadOffset}.`);
  }
  return { versionMajor, versionMinor, planeCount, chunkCount, checksum, sourceLayout, frameSize, firstToken, tokenCount, payloadOffset };
}

interface ReaderContext {
  strict: boolean;
  warn: (message: string) => void;
}

function reserved(context: ReaderContext, field: string, value: number | bigint, chunkIndex?: number): void {
  if (value === 0 || value === 0n) return;
  const message = `Invalid frame: ${field} is ${value}, version 1.0 requires 0.`;
  if (context.strict) throw fail("FRAME_INVALID", field, value, message, chunkIndex);
  context.warn(`${message} Ignored because the reader is permissive.`);
}

function unknown(field: string, value: number, known: string): KvCacheError {
  return fail("FRAME_UNKNOWN_ENUM", field, value, `Invalid frame: unknown ${field} ${value}; version 1 knows ${known}.`);
}

function readPlane(view: DataView, offset: number, index: number, context: ReaderContext): PlaneDescriptor {
  const field = (name: string) => `planes[${index}].${name}`;
  const byte = (at: number) => view.getUint8(offset + at);
  const role = nameOf(ROLE_IDS, byte(0));
  if (role === undefined) throw unknown(field("role"), byte(0), "1 key, 2 value, 3 latent, 4 state");
  const kind = nameOf(PLANE_KIND_IDS, byte(1));
  if (kind === undefined) throw unknown(field("planeType"), byte(1), "1 token, 2 window, 3 state");
  const elementType = elementTypeFromId(byte(2));
  if (elementType !== "fp32" && elementType !== "fp16" && elementType !== "bf16") {
    throw unknown(field("elementType"), byte(2), "1 fp32, 2 fp16, 3 bf16 as decoded types");
  }
  const codec = nameOf(CODEC_IDS, byte(3));
  if (codec === undefined) throw unknown(field("codec"), byte(3), "1 raw, 2 fp8, 3 intN-group");
  const storedType = elementTypeFromId(byte(4));
  if (storedType === undefined) throw unknown(field("storedType"), byte(4), "1 to 9");
  const overflowMode = byte(5);
  const granularity = nameOf(SCALE_GRANULARITY_IDS, byte(6));
  if (granularity === undefined) throw unknown(field("scaleGranularity"), byte(6), "0 to 5");
  const scaleType = nameOf(SCALE_TYPE_IDS, byte(7));
  if (scaleType === undefined) throw unknown(field("scaleType"), byte(7), "0 none, 1 fp32, 2 fp16");
  const groupSize = view.getUint32(offset + 8, true);
  const groupAxis = byte(12);
  const rank = byte(13);
  if (rank < 1 || rank > 8) throw fail("FRAME_INVALID", field("rank"), rank, `Invalid frame: ${field("rank")} is ${rank}, expected 1 to 8.`);

  const stages: Stage[] = [];
  let ended = false;
  for (let k = 0; k < 4; k++) {
    const id = byte(14 + k);
    if (id === 0) {
      ended = true;
      continue;
    }
    if (ended) throw fail("FRAME_INVALID", field("stages"), id, `Invalid frame: ${field("stages")} has stage ${id} after the terminating 0.`);
    const stage = nameOf(STAGE_IDS, id);
    if (stage === undefined) throw unknown(field("stages"), id, "1 byte-plane split, 2 raw deflate");
    stages.push(stage);
  }
  reserved(context, field("reserved at 18"), view.getUint16(offset + 18, true));
  const residualTokens = view.getUint32(offset + 20, true);
  const position = safeNumber(view.getBigUint64(offset + 24, true), field("position"));
  const channelOffset = view.getUint32(offset + 32, true);
  reserved(context, field("reserved at 36"), view.getUint32(offset + 36, true));
  const dims: number[] = [];
  const axisRoles: AxisRole[] = [];
  for (let axis = 0; axis < 8; axis++) {
    const length = view.getUint32(offset + 40 + axis * 4, true);
    const roleId = byte(72 + axis);
    if (axis >= rank) {
      if (length !== 0 || roleId !== 0) throw fail("FRAME_INVALID", field("dims"), length, `Invalid frame: ${field("dims")} has entries past rank ${rank}.`);
      continue;
    }
    const axisRole = nameOf(AXIS_ROLE_IDS, roleId);
    if (axisRole === undefined) throw unknown(field(`axisRoles[${axis}]`), roleId, "0 other, 1 layer, 2 token, 3 head, 4 channel");
    dims.push(length);
    axisRoles.push(axisRole);
  }

  const mismatch = (what: string) => fail("FRAME_INVALID", field("codec"), codec, `Invalid frame: ${field("codec")} ${codec} with ${what}.`);
  let encoding: PlaneEncoding;
  const noGroups = groupSize === 0 && groupAxis === NO_GROUP_AXIS;
  if (codec === "raw") {
    if (storedType !== elementType || overflowMode !== 0 || granularity !== "none" || scaleType !== "none" || !noGroups || residualTokens !== 0) {
      throw mismatch("stored type, scales, groups or residual that a raw plane cannot have");
    }
    encoding = { codec, stages };
  } else if (codec === "fp8") {
    if (storedType !== "e4m3fn" && storedType !== "e5m2" && storedType !== "e4m3fnuz") throw mismatch(`stored type ${storedType}`);
    if (overflowMode !== 1 && overflowMode !== 2) throw mismatch(`overflowMode ${overflowMode}`);
    if ((granularity === "none") !== (scaleType === "none") || residualTokens !== 0) throw mismatch("an inconsistent scale type or a residual");
    const grouped = granularity === "group" || granularity === "tile";
    if (!grouped && !noGroups) throw mismatch("a group size without group scales");
    if (granularity === "tile" && groupAxis !== axisRoles.indexOf("channel")) throw mismatch("tile scales off the channel axis");
    encoding = {
      codec,
      format: storedType,
      saturate: overflowMode === 1,
      scaleGranularity: granularity,
      ...(scaleType === "none" ? {} : { scaleType }),
      ...(grouped ? { groupSize, groupAxis } : {}),
      stages,
    };
  } else {
    const bits = storedType === "uint2" ? 2 : storedType === "uint4" ? 4 : storedType === "uint8" ? 8 : 0;
    if (bits === 0) throw mismatch(`stored type ${storedType}`);
    if (overflowMode !== 0 || granularity !== "group" || scaleType === "none") throw mismatch("an overflow mode or scales other than group scales");
    if (groupAxis >= rank) throw mismatch(`groupAxis ${groupAxis} outside rank ${rank}`);
    encoding = { codec, bits: bits as 2 | 4 | 8, groupSize, groupAxis, scaleType, residualTokens, stages };
  }
  const plane: PlaneDescriptor = { role, kind, elementType: elementType as DecodedElementType, dims, axisRoles, position, channelOffset, encoding };
  try {
    checkPlane(plane, `planes[${index}]`);
  } catch (error) {
    if (isKvCacheError(error)) throw fail("FRAME_INVALID", error.field ?? field("encoding"), error.value, `Invalid frame: ${error.message}`);
    throw error;
  }
  if (codecOf(plane).storedType(plane as never) !== storedType) throw mismatch(`stored type ${storedType}`);
  return plane;
}

/**
 * Checks that `options` is an object with usable checksums and only the known keys, each of its
 * type, or throws `INVALID_ARGUMENT` naming the field.
 */
export function checkDecodeOptions(options: DecodeFrameOptions): void {
  if (options === null || typeof options !== "object") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid options: expected { checksums: await loadChecksums() }, got ${describeValue(options)}.`, { field: "options" });
  }
  checkChecksums(options.checksums);
  for (const key of Object.keys(options)) {
    if (!DECODE_OPTION_KEYS.includes(key)) {
      // A misspelt expectedPlanes or limits would otherwise decode without its check.
      throw new KvCacheError("INVALID_ARGUMENT", `Unknown option "${key}" of the frame reader: it takes ${DECODE_OPTION_KEYS.join(", ")}.`, { field: key });
    }
  }
  if (options.strict !== undefined && typeof options.strict !== "boolean") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid strict ${JSON.stringify(options.strict)}: expected true (reject non-zero padding and reserved fields) or false (warn).`, {
      field: "strict",
      value: options.strict,
    });
  }
  if (options.onWarning !== undefined && typeof options.onWarning !== "function") {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid onWarning: expected a function that takes the warning message, got ${typeof options.onWarning}.`, { field: "onWarning" });
  }
  if (options.checksum !== undefined && !Object.hasOwn(CHECKSUM_IDS, options.checksum)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid checksum ${JSON.stringify(options.checksum)}: expected crc32, crc32c, xxh64 or xxh3, or leave it out, because the reader takes the algorithm from the frame.`, {
      field: "checksum",
      value: options.checksum,
    });
  }
  if (options.expectedPlanes !== undefined && !Array.isArray(options.expectedPlanes)) {
    throw new KvCacheError("INVALID_ARGUMENT", `Invalid expectedPlanes: expected an array of plane geometries, got ${describeValue(options.expectedPlanes)}.`, { field: "expectedPlanes" });
  }
  resolveFrameLimits(options.limits);
}

/** The keys of {@link DecodeFrameOptions}. */
const DECODE_OPTION_KEYS: readonly string[] = ["checksums", "expectedPlanes", "strict", "onWarning", "limits", "checksum"];

/**
 * Reads the header, plane table and chunk index from the first `payloadOffset` bytes and checks
 * them, in this order: magic and version, sizes and limits, the header checksum, the geometry
 * (plane fields, token counts, chunk sizes against the planes, chunk order and placement, and
 * the receiver's expected planes), and the decoded totals against `maxDecodedBytes` and
 * `maxDecodedRatio`. `input` is a `Uint8Array` (a Node `Buffer` works) or an `ArrayBuffer`, and
 * is never written to.
 */
export function readFrameTables(input: FrameBytes, options: DecodeFrameOptions): FrameTables {
  checkDecodeOptions(options);
  const bytes = frameBytes(input, "frame");
  const header = readFixedHeader(bytes, options.limits);
  const max = resolveFrameLimits(options.limits);
  const context: ReaderContext = { strict: options.strict ?? true, warn: options.onWarning ?? (() => undefined) };
  if (bytes.length < header.payloadOffset) {
    throw fail("FRAME_TRUNCATED", "payloadOffset", bytes.length, `Invalid frame: ${bytes.length} bytes end before the tables end at ${header.payloadOffset}. The frame was truncated.`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, header.payloadOffset);

  // Header checksum over bytes 0 … payloadOffset − 1 with its own field zeroed, computed on a
  // copy so the caller's bytes stay as they are.
  const covered = new Uint8Array(header.payloadOffset);
  covered.set(bytes.subarray(0, header.payloadOffset));
  covered.fill(0, HEADER_CHECKSUM_OFFSET, HEADER_CHECKSUM_OFFSET + 8);
  const expected = view.getBigUint64(HEADER_CHECKSUM_OFFSET, true);
  const actual = checksumFunction(options.checksums, header.checksum)(covered);
  if (actual !== expected) {
    throw fail(
      "FRAME_CHECKSUM_MISMATCH",
      "headerChecksum",
      expected,
      `Invalid frame: the header checksum is 0x${expected.toString(16)} but the header and tables hash to 0x${actual.toString(16)} (${header.checksum}). The header was corrupted in transit; fetch the frame again.`,
    );
  }

  reserved(context, "flags", view.getUint32(48, true));
  reserved(context, "reserved at 52", view.getUint32(52, true));
  const tablesEnd = HEADER_SIZE + header.planeCount * PLANE_ENTRY_SIZE + header.chunkCount * CHUNK_ENTRY_SIZE;
  for (let i = tablesEnd; i < header.payloadOffset; i++) reserved(context, `padding at ${i}`, bytes[i]!);

  const planes: PlaneDescriptor[] = [];
  for (let index = 0; index < header.planeCount; index++) planes.push(readPlane(view, HEADER_SIZE + index * PLANE_ENTRY_SIZE, index, context));
  planes.forEach((plane, index) => {
    if (plane.kind !== "token") return;
    const tokens = plane.dims[plane.axisRoles.indexOf("token")];
    if (tokens !== header.tokenCount) {
      throw fail("FRAME_INVALID", `planes[${index}].dims`, plane.dims, `Invalid frame: token plane ${index} has ${tokens} tokens, the header's tokenCount is ${header.tokenCount}.`);
    }
  });
  if (options.expectedPlanes !== undefined) checkExpectedPlanes(planes, options.expectedPlanes);

  const chunks: ChunkEntry[] = [];
  const indexStart = HEADER_SIZE + header.planeCount * PLANE_ENTRY_SIZE;
  let end = header.payloadOffset;
  let decodedBytes = 0;
  let elementBytes = 0;
  for (let index = 0; index < header.chunkCount; index++) {
    const at = indexStart + index * CHUNK_ENTRY_SIZE;
    const entry: ChunkEntry = {
      offset: safeNumber(view.getBigUint64(at, true), `chunks[${index}].offset`),
      storedSize: safeNumber(view.getBigUint64(at + 8, true), `chunks[${index}].storedSize`),
      decodedSize: safeNumber(view.getBigUint64(at + 16, true), `chunks[${index}].decodedSize`),
      checksum: view.getBigUint64(at + 24, true),
      planeIndex: view.getUint16(at + 32, true),
      layerIndex: view.getUint32(at + 36, true),
    };
    reserved(context, `chunks[${index}].reserved`, view.getUint16(at + 34, true), index);
    checkChunkEntry(entry, index, planes, chunks[index - 1], end, max);
    decodedBytes += entry.decodedSize;
    limit("the chunks' total decodedSize", decodedBytes, max.maxDecodedBytes, "maxDecodedBytes");
    const plane = planes[entry.planeIndex]!;
    elementBytes += chunkShape(plane).elementCount * decodedElementBytes(plane.elementType);
    end = entry.offset + entry.storedSize;
    chunks.push(entry);
  }
  if (end !== header.frameSize) {
    throw fail("FRAME_INVALID", "frameSize", header.frameSize, `Invalid frame: frameSize is ${header.frameSize} but the last payload ends at ${end}.`);
  }
  checkDecodedRatio("the chunks' total decodedSize", decodedBytes, header.frameSize, max.maxDecodedRatio);
  checkDecodedRatio("the total size of the decoded elements", elementBytes, header.frameSize, max.maxDecodedRatio);
  return { header, planes, chunks };
}

/** Rejects a decoded total above `maxRatio` × `frameSize` once it passes the grace size. */
function checkDecodedRatio(field: string, total: number, frameSize: number, maxRatio: number): void {
  if (total <= DECODED_RATIO_GRACE_BYTES || total <= frameSize * maxRatio) return;
  throw fail(
    "FRAME_LIMIT_EXCEEDED",
    field,
    total,
    `Invalid frame: ${field} is ${total} bytes, ${(total / frameSize).toFixed(1)} times the frameSize ${frameSize}, above the reader limit maxDecodedRatio ${maxRatio}. ` +
      "Raise limits.maxDecodedRatio if the sender deflates data this compressible on purpose; otherwise treat the frame as a decompression bomb.",
  );
}

function checkExpectedPlanes(planes: readonly PlaneDescriptor[], expected: readonly PlaneGeometry[]): void {
  if (planes.length !== expected.length) {
    throw fail("FRAME_GEOMETRY_MISMATCH", "planeCount", planes.length, `Frame geometry differs from the expected one: ${planes.length} planes, expected ${expected.length}. Check that sender and receiver run the same model and layout.`);
  }
  planes.forEach((plane, index) => {
    if (!sameGeometry(plane, expected[index]!)) {
      throw fail(
        "FRAME_GEOMETRY_MISMATCH",
        `planes[${index}]`,
        describeGeometry(plane),
        `Frame geometry differs from the expected one at plane ${index}: got ${describeGeometry(plane)}, expected ${describeGeometry(expected[index]!)}. Check that sender and receiver run the same model, parallelism and layout.`,
      );
    }
  });
}

function checkChunkEntry(entry: ChunkEntry, index: number, planes: readonly PlaneDescriptor[], previous: ChunkEntry | undefined, end: number, max: FrameLimits): void {
  const name = `chunks[${index}]`;
  const plane = planes[entry.planeIndex];
  if (plane === undefined) {
    throw fail("FRAME_INVALID", `${name}.planeIndex`, entry.planeIndex, `Invalid frame: ${name}.planeIndex ${entry.planeIndex} is not below planeCount ${planes.length}.`, index);
  }
  const shape = chunkShape(plane);
  if (entry.layerIndex >= shape.layerCount) {
    throw fail("FRAME_INVALID", `${name}.layerIndex`, entry.layerIndex, `Invalid frame: ${name}.layerIndex ${entry.layerIndex} is not below the plane's ${shape.layerCount} layers.`, index);
  }
  if (previous !== undefined && (entry.layerIndex < previous.layerIndex || (entry.layerIndex === previous.layerIndex && entry.planeIndex <= previous.planeIndex))) {
    throw fail("FRAME_INVALID", `${name}.layerIndex`, entry.layerIndex, `Invalid frame: ${name} is out of order or repeated; chunks are ordered by layerIndex, then planeIndex.`, index);
  }
  limit(`${name}.storedSize`, entry.storedSize, max.maxChunkBytes, "maxChunkBytes");
  limit(`${name}.decodedSize`, entry.decodedSize, max.maxChunkBytes, "maxChunkBytes");
  const expectedDecoded = layoutSections(codecOf(plane).sectionSizes(plane as never)).size;
  if (entry.decodedSize !== expectedDecoded) {
    throw fail("FRAME_INVALID", `${name}.decodedSize`, entry.decodedSize, `Invalid frame: ${name}.decodedSize is ${entry.decodedSize}, the plane's geometry gives ${expectedDecoded}.`, index);
  }
  const stages = plane.encoding.stages ?? [];
  if (!stages.includes("deflate") && entry.storedSize !== entry.decodedSize) {
    throw fail("FRAME_INVALID", `${name}.storedSize`, entry.storedSize, `Invalid frame: ${name}.storedSize is ${entry.storedSize}; without deflate it must equal decodedSize ${entry.decodedSize}.`, index);
  }
  if (stages.includes("byte-split") && entry.decodedSize % splitElementBytes(plane) !== 0) {
    throw fail("FRAME_INVALID", `${name}.decodedSize`, entry.decodedSize, `Invalid frame: ${name} has a byte-plane split over a size that is not a whole number of elements.`, index);
  }
  if (entry.offset !== alignUp(end)) {
    throw fail("FRAME_INVALID", `${name}.offset`, entry.offset, `Invalid frame: ${name}.offset is ${entry.offset}, expected ${alignUp(end)} (the previous payload's end rounded up to 16).`, index);
  }
}

/**
 * Verifies one chunk's stored bytes against its checksum, undoes the stages and decodes it.
 * `stored` is exactly the chunk's `storedSize` bytes.
 */
export function decodeChunkEntry(tables: FrameTables, index: number, stored: Uint8Array, options: DecodeFrameOptions): DecodedChunk {
  verifyChunkEntry(tables, index, stored, options);
  return decodeVerifiedChunk(tables, index, stored);
}

/** Checks one chunk's stored bytes against its checksum, throwing `FRAME_CHECKSUM_MISMATCH`. */
export function verifyChunkEntry(tables: FrameTables, index: number, stored: Uint8Array, options: DecodeFrameOptions): void {
  const entry = tables.chunks[index]!;
  const actual = checksumFunction(options.checksums, tables.header.checksum)(stored);
  if (actual !== entry.checksum) {
    throw fail(
      "FRAME_CHECKSUM_MISMATCH",
      `chunks[${index}].checksum`,
      entry.checksum,
      `Invalid chunk ${index} (plane ${entry.planeIndex}, layer ${entry.layerIndex}): checksum 0x${entry.checksum.toString(16)} expected, the stored bytes hash to 0x${actual.toString(16)} (${tables.header.checksum}). The chunk was corrupted; fetch it again.`,
      index,
    );
  }
}

function decodeVerifiedChunk(tables: FrameTables, index: number, stored: Uint8Array): DecodedChunk {
  const entry = tables.chunks[index]!;
  const plane = tables.planes[entry.planeIndex]!;
  let payload = stored;
  const stages = plane.encoding.stages ?? [];
  for (let k = stages.length - 1; k >= 0; k--) {
    payload = stages[k] === "deflate" ? inflateRawBounded(payload, entry.decodedSize, index) : joinBytePlanes(payload, splitElementBytes(plane));
  }
  if (payload.length !== entry.decodedSize) {
    throw fail("FRAME_INVALID", `chunks[${index}].decodedSize`, payload.length, `Invalid chunk ${index}: undoing the stages gave ${payload.length} bytes, decodedSize is ${entry.decodedSize}.`, index);
  }
  try {
    return { planeIndex: entry.planeIndex, layerIndex: entry.layerIndex, data: codecOf(plane).decode(plane as never, aligned(payload, 16)) };
  } catch (error) {
    if (isKvCacheError(error)) {
      throw fail("FRAME_INVALID", error.field ?? `chunks[${index}]`, error.value, `Invalid chunk ${index}: ${error.message}`, index);
    }
    throw error;
  }
}

/**
 * Decodes a whole frame. Checks, in order: magic and version, sizes and limits, the header
 * checksum, the geometry and the decoded totals, every chunk checksum, and only then undoes
 * the stages and decodes, so no data is returned from a frame that fails any check. A frame
 * whose byte length differs from its `frameSize` is rejected as truncated or overlong. `input`
 * is a `Uint8Array` (a Node `Buffer` from a file or socket works) or an `ArrayBuffer` (from
 * `await response.arrayBuffer()`), and is never written to.
 */
export function decodeFrame(input: FrameBytes, options: DecodeFrameOptions): DecodedFrame {
  const bytes = frameBytes(input, "frame");
  return decodeFrameWithTables(bytes, readFrameTables(bytes, options), options);
}

/**
 * Decodes the frame in `bytes` whose tables {@link readFrameTables} already read and checked
 * from the same bytes, as {@link decodeFrame} does after that step.
 */
export function decodeFrameWithTables(bytes: Uint8Array, tables: FrameTables, options: DecodeFrameOptions): DecodedFrame {
  if (bytes.length !== tables.header.frameSize) {
    throw fail(
      bytes.length < tables.header.frameSize ? "FRAME_TRUNCATED" : "FRAME_INVALID",
      "frameSize",
      bytes.length,
      `Invalid frame: it is ${bytes.length} bytes long but its header declares frameSize ${tables.header.frameSize}. ${
        bytes.length < tables.header.frameSize
          ? "The frame was truncated, so fetch it again."
          : "Pass exactly one frame, or read back-to-back frames with createFrameDecoderStream."
      }`,
    );
  }
  const context: ReaderContext = { strict: options.strict ?? true, warn: options.onWarning ?? (() => undefined) };
  // Every checksum first, then decoding: a frame is all or nothing.
  tables.chunks.forEach((entry, index) => {
    verifyChunkEntry(tables, index, bytes.subarray(entry.offset, entry.offset + entry.storedSize), options);
    const next = tables.chunks[index + 1]?.offset ?? entry.offset + entry.storedSize;
    for (let i = entry.offset + entry.storedSize; i < next; i++) reserved(context, `padding at ${i}`, bytes[i]!, index);
  });
  const chunks = tables.chunks.map((entry, index) => decodeVerifiedChunk(tables, index, bytes.subarray(entry.offset, entry.offset + entry.storedSize)));
  return { header: tables.header, planes: tables.planes, chunks };
}
