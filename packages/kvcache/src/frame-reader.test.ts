// The frame reader's version rules, geometry checks and strict and permissive handling of
// reserved fields and padding.
import { describe, expect, it } from "vitest";

import { loadChecksums, type Checksums } from "./checksum.js";
import { gaussian, toElements } from "./codecs/describe-codec.test-helpers.js";
import { DECODED_RATIO_GRACE_BYTES, DEFAULT_FRAME_LIMITS, HEADER_CHECKSUM_OFFSET } from "./frame-format.js";
import { decodeFrame, readFixedHeader, readFrameTables } from "./frame-reader.js";
import { encodeFrame, type FrameInput } from "./frame-writer.js";
import { toFp16Bits } from "./half.js";
import type { PlaneDescriptor } from "./plane.js";

const KEY: PlaneDescriptor = {
  role: "key",
  kind: "token",
  elementType: "fp16",
  dims: [2, 15, 2, 8],
  axisRoles: ["layer", "token", "head", "channel"],
  position: 0,
  channelOffset: 0,
  encoding: { codec: "raw" },
};
const VALUE: PlaneDescriptor = { ...KEY, role: "value", dims: [2, 15, 2, 5] };

const INPUT: FrameInput = {
  planes: [KEY, VALUE],
  firstToken: 0,
  tokenCount: 15,
  chunks: [0, 1].flatMap((layerIndex) =>
    [KEY, VALUE].map((plane, planeIndex) => ({ planeIndex, layerIndex, data: toElements(gaussian(15 * 2 * plane.dims[3]!, layerIndex * 2 + planeIndex + 1, 1), "fp16") })),
  ),
};

/** Rewrites the header checksum after a test edited the header or tables. */
function resign(frame: Uint8Array, checksums: Checksums): void {
  const view = new DataView(frame.buffer, frame.byteOffset);
  const payloadOffset = view.getUint32(44, true);
  view.setBigUint64(HEADER_CHECKSUM_OFFSET, 0n, true);
  view.setBigUint64(HEADER_CHECKSUM_OFFSET, checksums.xxh64(frame.subarray(0, payloadOffset)), true);
}

async function edited(edit: (view: DataView, frame: Uint8Array) => void): Promise<{ frame: Uint8Array; checksums: Checksums }> {
  const checksums = await loadChecksums();
  const frame = encodeFrame(INPUT, { checksums });
  edit(new DataView(frame.buffer), frame);
  resign(frame, checksums);
  return { frame, checksums };
}

function errorOf(run: () => unknown): { code?: string; field?: string; message: string } {
  try {
    run();
  } catch (error) {
    return error as { code?: string; field?: string; message: string };
  }
  throw new Error("expected an error");
}

describe("frame reader versions", () => {
  it("accepts version 1.0", async () => {
    const { frame } = await edited(() => undefined);
    expect(readFixedHeader(frame)).toMatchObject({ versionMajor: 1, versionMinor: 0, planeCount: 2, chunkCount: 4 });
  });

  it("rejects a newer minor version naming both", async () => {
    const { frame } = await edited((view) => view.setUint16(6, 1, true));
    const error = errorOf(() => readFixedHeader(frame));
    expect(error.code).toBe("FRAME_UNSUPPORTED_VERSION");
    expect(error.message).toContain("1.1");
    expect(error.message).toContain("1.0");
  });

  it("rejects other major versions", async () => {
    for (const major of [0, 2, 0xffff]) {
      const { frame, checksums } = await edited((view) => view.setUint16(4, major, true));
      expect(errorOf(() => decodeFrame(frame, { checksums })).code, `major ${major}`).toBe("FRAME_UNSUPPORTED_VERSION");
    }
  });

  it("rejects entry sizes of another version", async () => {
    const { frame, checksums } = await edited((view) => view.setUint16(14, 88, true));
    expect(errorOf(() => decodeFrame(frame, { checksums }))).toMatchObject({ code: "FRAME_INVALID", field: "planeEntrySize" });
  });
});

describe("frame reader lengths", () => {
  it("names the stream decoder for trailing bytes", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(INPUT, { checksums });
    const twoFrames = new Uint8Array(frame.length * 2);
    twoFrames.set(frame);
    twoFrames.set(frame, frame.length);

    const error = errorOf(() => decodeFrame(twoFrames, { checksums }));

    expect(error).toMatchObject({ code: "FRAME_INVALID", field: "frameSize" });
    expect(error.message).toContain(`${twoFrames.length} bytes long but its header declares frameSize ${frame.length}`);
    expect(error.message).toContain("createFrameDecoderStream");
  });

  it("asks for a truncated frame again", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(INPUT, { checksums });

    const error = errorOf(() => decodeFrame(frame.subarray(0, frame.length - 1), { checksums }));

    expect(error).toMatchObject({ code: "FRAME_TRUNCATED", field: "frameSize" });
    expect(error.message).toContain("fetch it again");
  });

  it("reports a size beyond 2^53 − 1 as damage", async () => {
    const { frame, checksums } = await edited((view) => view.setBigUint64(32, 2n ** 60n, true));

    const error = errorOf(() => decodeFrame(frame, { checksums }));

    expect(error).toMatchObject({ code: "FRAME_LIMIT_EXCEEDED", field: "firstToken" });
    expect(error.message).toContain("the frame is damaged: fetch it again");
  });
});

describe("frame reader geometry", () => {
  it("decodes with the expected planes", async () => {
    const { frame, checksums } = await edited(() => undefined);
    const decoded = decodeFrame(frame, { checksums, expectedPlanes: [KEY, VALUE] });
    expect(decoded.chunks[3]!.data).toEqual(INPUT.chunks[3]!.data);
  });

  it("rejects a different plane count", async () => {
    const { frame, checksums } = await edited(() => undefined);
    expect(errorOf(() => decodeFrame(frame, { checksums, expectedPlanes: [KEY] }))).toMatchObject({ code: "FRAME_GEOMETRY_MISMATCH", field: "planeCount" });
  });

  it("rejects different dims, roles and offsets", async () => {
    const { frame, checksums } = await edited(() => undefined);
    const variants: PlaneDescriptor[] = [
      { ...VALUE, dims: [2, 15, 1, 10] },
      { ...VALUE, role: "key" },
      { ...VALUE, elementType: "bf16" },
      { ...VALUE, channelOffset: 5 },
    ];
    for (const variant of variants) {
      const error = errorOf(() => decodeFrame(frame, { checksums, expectedPlanes: [KEY, variant] }));
      expect(error).toMatchObject({ code: "FRAME_GEOMETRY_MISMATCH", field: "planes[1]" });
      expect(error.message).toContain("expected");
    }
  });

  it("rejects a token plane that disagrees with tokenCount", async () => {
    const { frame, checksums } = await edited((view) => view.setUint32(40, 14, true));
    expect(errorOf(() => decodeFrame(frame, { checksums }))).toMatchObject({ code: "FRAME_INVALID", field: "planes[0].dims" });
  });
});

describe("frame reader strictness", () => {
  const cases: [string, (view: DataView, frame: Uint8Array) => void, string][] = [
    ["flags", (view) => view.setUint32(48, 1, true), "flags"],
    ["header reserved", (view) => view.setUint32(52, 7, true), "reserved at 52"],
    ["plane reserved", (view) => view.setUint16(64 + 18, 1, true), "planes[0].reserved at 18"],
    ["chunk reserved", (view) => view.setUint16(64 + 160 + 34, 1, true), "chunks[0].reserved"],
  ];

  for (const [name, edit, field] of cases) {
    it(`strict reader rejects non-zero ${name}`, async () => {
      const { frame, checksums } = await edited(edit);
      expect(errorOf(() => decodeFrame(frame, { checksums }))).toMatchObject({ code: "FRAME_INVALID", field });
    });

    it(`permissive reader warns about ${name}`, async () => {
      const { frame, checksums } = await edited(edit);
      const warnings: string[] = [];
      const decoded = decodeFrame(frame, { checksums, strict: false, onWarning: (message) => warnings.push(message) });
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain(field);
      expect(decoded.chunks[0]!.data).toEqual(INPUT.chunks[0]!.data);
    });
  }

  it("padding between payloads follows the same rule", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(INPUT, { checksums });
    // Chunk 0 contains 15 × 2 × 8 fp16 values (480 bytes) and chunk 1 15 × 2 × 5 (300 bytes), so chunk 1 ends inside a 16-byte line.
    const { chunkCount, payloadOffset } = readFixedHeader(frame);
    expect(chunkCount).toBe(4);
    const paddingAt = payloadOffset + 480 + 300;
    expect(paddingAt % 16).not.toBe(0);
    frame[paddingAt] = 0xaa;
    expect(errorOf(() => decodeFrame(frame, { checksums }))).toMatchObject({ code: "FRAME_INVALID", field: `padding at ${paddingAt}` });
    const warnings: string[] = [];
    decodeFrame(frame, { checksums, strict: false, onWarning: (message) => warnings.push(message) });
    expect(warnings).toEqual([expect.stringContaining(`padding at ${paddingAt}`)]);
  });

  it("non-zero reserved fields still need a valid header checksum", async () => {
    const checksums = await loadChecksums();
    const frame = encodeFrame(INPUT, { checksums });
    frame[48] = 1;
    expect(errorOf(() => decodeFrame(frame, { checksums, strict: false }))).toMatchObject({ code: "FRAME_CHECKSUM_MISMATCH", field: "headerChecksum" });
  });
});

describe("decoded size limit", () => {
  // The reader checks the sum of the declared decoded sizes before it inflates any chunk.
  it("rejects decoded sizes above maxDecodedBytes", async () => {
    const checksums = await loadChecksums();
    // Zeros deflate about a thousandfold, so a small frame can declare large decoded chunks.
    const plane: PlaneDescriptor = { ...KEY, dims: [2, 256, 4, 64], encoding: { codec: "raw", stages: ["deflate"] } };
    const frame = encodeFrame(
      { planes: [plane], firstToken: 0, tokenCount: 256, chunks: [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: new Uint16Array(256 * 4 * 64) })) },
      { checksums },
    );
    const decodedBytes = 2 * 256 * 4 * 64 * 2;
    expect(frame.length).toBeLessThan(decodedBytes / 50);
    expect(errorOf(() => decodeFrame(frame, { checksums, limits: { maxDecodedBytes: decodedBytes - 1 } }))).toMatchObject({ code: "FRAME_LIMIT_EXCEEDED" });
    expect(decodeFrame(frame, { checksums, limits: { maxDecodedBytes: decodedBytes } }).chunks).toHaveLength(2);
  });
});

describe("decoded size limits against decompression bombs", () => {
  it("rejects a frame past a lowered maxDecodedRatio before inflating it", async () => {
    const checksums = await loadChecksums();
    // 2 MiB of zero fp16 values deflate to a few kilobytes: a decompression bomb in miniature.
    const plane: PlaneDescriptor = { ...KEY, dims: [2, 4096, 2, 64], encoding: { codec: "raw", stages: ["deflate"] } };
    const zeros = new Uint16Array(4096 * 2 * 64);
    const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 4096, chunks: [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: zeros })) }, { checksums });
    const decodedBytes = 2 * zeros.byteLength;
    expect(decodedBytes / frame.length).toBeGreaterThan(100);

    // readFrameTables reads only the header and tables, so the limit acts before any allocation.
    const untrusted = { maxDecodedRatio: 100 };
    const error = errorOf(() => readFrameTables(frame, { checksums, limits: untrusted }));
    expect(error).toMatchObject({ code: "FRAME_LIMIT_EXCEEDED", field: "the chunks' total decodedSize" });
    expect(error.message).toContain("limits.maxDecodedRatio");
    expect(errorOf(() => decodeFrame(frame, { checksums, limits: untrusted })).code).toBe("FRAME_LIMIT_EXCEEDED");

    const limits = { maxDecodedRatio: Math.ceil(decodedBytes / frame.length) };
    expect(decodeFrame(frame, { checksums, limits }).chunks[1]!.data).toEqual(zeros);
  });

  it("accepts by default every frame the writer produces, zeros deflated included", async () => {
    const checksums = await loadChecksums();
    const plane: PlaneDescriptor = { ...KEY, dims: [1, 1024, 8, 128], encoding: { codec: "raw", stages: ["byte-split", "deflate"] } };
    const zeros = new Uint16Array(1024 * 8 * 128);
    const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 1024, chunks: [{ planeIndex: 0, layerIndex: 0, data: zeros }] }, { checksums });
    expect(zeros.byteLength).toBeGreaterThan(DECODED_RATIO_GRACE_BYTES);
    expect(zeros.byteLength / frame.length).toBeGreaterThan(100);
    expect(DEFAULT_FRAME_LIMITS.maxDecodedRatio).toBe(1032 * 16);

    // Every element is checked without toEqual, whose element-by-element diff is slow at this size.
    const decoded = decodeFrame(frame, { checksums }).chunks[0]!.data;
    expect(decoded).toHaveLength(zeros.length);
    expect(decoded.every((value) => value === 0)).toBe(true);
  });

  it("accept the 16-fold expansion of 2-bit codes to fp32 by default", async () => {
    const checksums = await loadChecksums();
    const plane: PlaneDescriptor = {
      ...KEY,
      elementType: "fp32",
      dims: [1, 4096, 2, 64],
      encoding: { codec: "int", bits: 2, groupSize: 1024, groupAxis: 1, residualTokens: 0, scaleType: "fp32" },
    };
    const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 4096, chunks: [{ planeIndex: 0, layerIndex: 0, data: gaussian(4096 * 2 * 64, 5, 1) }] }, { checksums });
    const elementBytes = 4096 * 2 * 64 * 4;
    expect(elementBytes / frame.length).toBeGreaterThan(15);
    expect(decodeFrame(frame, { checksums }).chunks[0]!.data).toHaveLength(4096 * 2 * 64);
  });

  it("rejects declared decoded sizes above maxDecodedBytes before inflating them", async () => {
    // Five chunks that each declare 1 GiB, within maxChunkBytes, in a frame of a few hundred
    // bytes: the tables alone must stop it, because inflating would allocate 5 GiB.
    const checksums = await loadChecksums();
    const small: PlaneDescriptor = { ...KEY, dims: [5, 8, 1, 8], encoding: { codec: "raw", stages: ["deflate"] } };
    const frame = encodeFrame(
      { planes: [small], firstToken: 0, tokenCount: 8, chunks: Array.from({ length: 5 }, (_, layerIndex) => ({ planeIndex: 0, layerIndex, data: new Uint16Array(64) })) },
      { checksums },
    );
    // Rewrite tokenCount, the plane's token axis and every decodedSize for 2^26 tokens.
    const view = new DataView(frame.buffer);
    const tokens = 2 ** 26;
    view.setUint32(40, tokens, true);
    view.setUint32(64 + 40 + 4, tokens, true);
    for (let index = 0; index < 5; index++) view.setBigUint64(64 + 80 + index * 40 + 16, BigInt(tokens * 8 * 2), true);
    resign(frame, checksums);

    const error = errorOf(() => readFrameTables(frame, { checksums }));
    expect(error).toMatchObject({ code: "FRAME_LIMIT_EXCEEDED", field: "the chunks' total decodedSize" });
    expect(error.message).toContain("limits.maxDecodedBytes");
  });
});

/** Recomputes every chunk checksum and then the header checksum, after a test edited payloads. */
function reseal(frame: Uint8Array, checksums: Checksums): void {
  const view = new DataView(frame.buffer, frame.byteOffset);
  const { chunkCount, planeCount } = readFixedHeader(frame);
  for (let index = 0; index < chunkCount; index++) {
    const entry = 64 + planeCount * 80 + index * 40;
    const offset = Number(view.getBigUint64(entry, true));
    const storedSize = Number(view.getBigUint64(entry + 8, true));
    view.setBigUint64(entry + 24, checksums.xxh64(frame.subarray(offset, offset + storedSize)), true);
  }
  resign(frame, checksums);
}

describe("stored scales", () => {
  const tokens = { ...KEY, dims: [1, 32, 1, 8] };
  const intPlane: PlaneDescriptor = { ...tokens, encoding: { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0 } };
  const fp8Plane: PlaneDescriptor = { ...tokens, encoding: { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tensor" } };

  /** Encodes one chunk of `plane`, then overwrites its first stored scale with `value` and reseals the frame. */
  async function withFirstScale(plane: PlaneDescriptor, value: number): Promise<{ frame: Uint8Array; checksums: Checksums }> {
    const checksums = await loadChecksums();
    const frame = encodeFrame({ planes: [plane], firstToken: 0, tokenCount: 32, chunks: [{ planeIndex: 0, layerIndex: 0, data: toElements(gaussian(32 * 8, 9, 1), "fp16") }] }, { checksums });
    const { payloadOffset } = readFixedHeader(frame);
    const view = new DataView(frame.buffer);
    // Integer planes store fp16 scales by default, FP8 planes fp32 ones.
    if (plane.encoding.codec === "int") view.setUint16(payloadOffset, toFp16Bits(value), true);
    else view.setFloat32(payloadOffset, value, true);
    reseal(frame, checksums);
    return { frame, checksums };
  }

  for (const [name, value] of [
    ["NaN", Number.NaN],
    ["Infinity", Infinity],
    ["negative", -1],
  ] as const) {
    it(`rejects a ${name} scale in integer planes as in FP8 planes`, async () => {
      for (const plane of [intPlane, fp8Plane]) {
        const { frame, checksums } = await withFirstScale(plane, value);
        expect(errorOf(() => decodeFrame(frame, { checksums })), plane.encoding.codec).toMatchObject({ code: "FRAME_INVALID", field: "scales" });
      }
    });
  }

  it("decodes a zero integer scale to the group minimum", async () => {
    const { frame, checksums } = await withFirstScale(intPlane, 0);
    const data = decodeFrame(frame, { checksums }).chunks[0]!.data;
    // The first group is channel 0 over all 32 tokens; every one of its values is the minimum.
    const channel0 = new Set(Array.from({ length: 32 }, (_, token) => data[token * 8]));
    expect(channel0.size).toBe(1);
  });
});
