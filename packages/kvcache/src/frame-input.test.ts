// Frames held in Node Buffers, in views at any offset and in ArrayBuffers: the reader decodes
// them all the same and never writes into the caller's bytes.
import { describe, expect, it } from "vitest";

import { loadChecksums, type Checksums } from "./checksum.js";
import { gaussian, toElements } from "./codecs/describe-codec.test-helpers.js";
import { decodeFrame, readFixedHeader, readFrameTables, type DecodedChunk } from "./frame-reader.js";
import { encodeFrame, type FrameInput } from "./frame-writer.js";
import type { PlaneDescriptor } from "./plane.js";

function plane(role: PlaneDescriptor["role"], encoding: PlaneDescriptor["encoding"]): PlaneDescriptor {
  return { role, kind: "token", elementType: "fp16", dims: [2, 32, 1, 8], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding };
}

// Integer and FP8 payloads hold scales that the decoder reads through typed-array views, so a
// frame at a misaligned address needs aligned copies of them.
const PLANES = [
  plane("key", { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0 }),
  plane("value", { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "head" }),
];

const INPUT: FrameInput = {
  planes: PLANES,
  firstToken: 0,
  tokenCount: 32,
  chunks: [0, 1].flatMap((layerIndex) => [0, 1].map((planeIndex) => ({ planeIndex, layerIndex, data: toElements(gaussian(32 * 8, layerIndex * 2 + planeIndex + 1, 2), "fp16") }))),
};

async function encoded(): Promise<{ frame: Uint8Array; checksums: Checksums; expected: DecodedChunk[] }> {
  const checksums = await loadChecksums();
  const frame = encodeFrame(INPUT, { checksums });
  return { frame, checksums, expected: decodeFrame(frame, { checksums, expectedPlanes: PLANES }).chunks };
}

/** Copies `frame` to `offset` bytes into a larger buffer and returns a Buffer view of it there. */
function bufferAt(frame: Uint8Array, offset: number): Buffer {
  const backing = new ArrayBuffer(offset + frame.length + 5);
  new Uint8Array(backing).set(frame, offset);
  return Buffer.from(backing, offset, frame.length);
}

describe("frames in Node Buffers", () => {
  it("decode from a pooled Buffer without writing to it", async () => {
    const { frame, checksums, expected } = await encoded();
    // Buffer.from copies a frame this small into the shared allocation pool. Of two copies, the
    // second starts inside a pool even when the first one opened a new one.
    expect(frame.length).toBeLessThan(Buffer.poolSize / 2);
    const first = Buffer.from(frame);
    const pooled = first.byteOffset !== 0 ? first : Buffer.from(frame);
    expect(pooled.byteOffset).not.toBe(0);
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);

    const before = Uint8Array.from(pooled);
    expect(decodeFrame(pooled, { checksums, expectedPlanes: PLANES }).chunks).toEqual(expected);
    expect(Uint8Array.from(pooled)).toEqual(before);
    // A second decode confirms that the first left the header checksum in the input intact.
    expect(decodeFrame(pooled, { checksums }).chunks).toEqual(expected);
  });

  it("decode from Buffers at misaligned offsets", async () => {
    const { frame, checksums, expected } = await encoded();
    for (const offset of [1, 3, 8, 13]) {
      const buffer = bufferAt(frame, offset);
      expect(decodeFrame(buffer, { checksums }).chunks, `offset ${offset}`).toEqual(expected);
      expect(Uint8Array.from(buffer), `offset ${offset}`).toEqual(frame);
    }
  });

  it("read the header and tables from a Buffer", async () => {
    const { frame, checksums } = await encoded();
    const buffer = bufferAt(frame, 3);
    expect(readFixedHeader(buffer)).toEqual(readFixedHeader(frame));
    expect(readFrameTables(buffer, { checksums })).toEqual(readFrameTables(frame, { checksums }));
    expect(Uint8Array.from(buffer)).toEqual(frame);
  });
});

describe("frames in other byte containers", () => {
  it("decode from a Uint8Array view at a misaligned offset", async () => {
    const { frame, checksums, expected } = await encoded();
    const backing = new Uint8Array(frame.length + 7);
    backing.set(frame, 7);
    const view = backing.subarray(7);
    expect(decodeFrame(view, { checksums }).chunks).toEqual(expected);
    expect(view).toEqual(frame);
  });

  it("decode from an ArrayBuffer", async () => {
    const { frame, checksums, expected } = await encoded();
    const arrayBuffer = frame.slice().buffer;
    expect(decodeFrame(arrayBuffer, { checksums }).chunks).toEqual(expected);
    expect(readFixedHeader(arrayBuffer).frameSize).toBe(frame.length);
  });

  it("reject other input with a typed error", async () => {
    const { frame, checksums } = await encoded();
    const cases: [unknown, RegExp][] = [
      [[...frame], /expected a Uint8Array \(a Node Buffer works\) or an ArrayBuffer, got Array/],
      ["MSKV", /got a string/],
      [undefined, /got undefined/],
      [new Uint16Array(frame.buffer), /got a Uint16Array\. Pass new Uint8Array\(view\.buffer, view\.byteOffset, view\.byteLength\)/],
    ];
    for (const [input, message] of cases) {
      expect(() => decodeFrame(input as Uint8Array, { checksums })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "frame", message: expect.stringMatching(message) }));
    }
  });
});

describe("decode options", () => {
  it("reject checksums that were not awaited", async () => {
    const { frame } = await encoded();
    const pending = loadChecksums();
    for (const run of [() => decodeFrame(frame, { checksums: pending as never }), () => readFrameTables(frame, { checksums: pending as never })]) {
      expect(run).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksums", message: expect.stringContaining("await loadChecksums()") }));
    }
    expect(() => encodeFrame(INPUT, { checksums: pending as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksums" }));
    await pending;
  });

  it("accept the writer's options object", async () => {
    // One object for both calls: the reader ignores the writer's checksum algorithm, because the frame records it.
    const checksums = await loadChecksums();
    const options = { checksums, checksum: "xxh3" as const };
    const frame = encodeFrame(INPUT, options);

    expect(decodeFrame(frame, options).chunks).toHaveLength(INPUT.chunks.length);
    expect(readFrameTables(frame, { ...options, checksum: "crc32" }).header.frameSize).toBe(frame.length);
    expect(() => decodeFrame(frame, { ...options, checksum: "md5" as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksum" }));
  });

  it("reject missing options and checksum functions", async () => {
    const { frame, checksums } = await encoded();
    expect(() => decodeFrame(frame, undefined as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "options" }));
    expect(() => decodeFrame(frame, {} as never)).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksums" }));
    const withoutXxh64 = { ...checksums, xxh64: undefined } as unknown as Checksums;
    expect(() => decodeFrame(frame, { checksums: withoutXxh64 })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksums.xxh64" }));
  });
});
