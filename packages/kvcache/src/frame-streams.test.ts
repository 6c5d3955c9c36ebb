// The Web Streams encoder and decoder: one frame per layer chunk, any split of the byte stream,
// verification before output, and typed errors.
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { gaussian, toElements } from "./codecs/describe-codec.test-helpers.js";
import { isKvCacheError } from "./errors.js";
import { createFrameDecoderStream, type StreamedChunk } from "./frame-decoder-stream.js";
import { createFrameEncoderStream } from "./frame-encoder-stream.js";
import type { FrameChunkInput, FrameHeaderInput } from "./frame-writer.js";
import type { PlaneDescriptor } from "./plane.js";

const LAYERS = 3;

function plane(role: PlaneDescriptor["role"], encoding: PlaneDescriptor["encoding"]): PlaneDescriptor {
  return { role, kind: "token", elementType: "fp16", dims: [LAYERS, 32, 2, 16], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding };
}

const HEADER: FrameHeaderInput = {
  planes: [plane("key", { codec: "int", bits: 4, groupSize: 32, groupAxis: 1, residualTokens: 0 }), plane("value", { codec: "raw" })],
  firstToken: 128,
  tokenCount: 32,
};

const CHUNKS: FrameChunkInput[] = Array.from({ length: LAYERS }, (_, layerIndex) =>
  [0, 1].map((planeIndex) => ({ planeIndex, layerIndex, data: toElements(gaussian(32 * 2 * 16, layerIndex * 2 + planeIndex + 1, 1), "fp16") })),
).flat();

function readableOf<T>(items: readonly T[]): ReadableStream<T> {
  return new ReadableStream<T>({
    start(controller) {
      for (const item of items) controller.enqueue(item);
      controller.close();
    },
  });
}

async function collect<T>(stream: ReadableStream<T>): Promise<T[]> {
  const out: T[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return out;
    out.push(value);
  }
}

async function encodeAll(): Promise<Uint8Array[]> {
  const checksums = await loadChecksums();
  return collect(readableOf(CHUNKS).pipeThrough(createFrameEncoderStream(HEADER, { checksums })));
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Splits `bytes` into pieces of the given sizes, cycling through them. */
function split(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  for (let at = 0, k = 0; at < bytes.length; k++) {
    const size = sizes[k % sizes.length]!;
    pieces.push(bytes.slice(at, at + size));
    at += size;
  }
  return pieces;
}

async function decodeAll(pieces: readonly Uint8Array[]): Promise<StreamedChunk[]> {
  const checksums = await loadChecksums();
  return collect(readableOf(pieces).pipeThrough(createFrameDecoderStream({ checksums, expectedPlanes: HEADER.planes })));
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string }> {
  try {
    await promise;
  } catch (error) {
    if (isKvCacheError(error)) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("frame encoder stream", () => {
  it("writes one frame per chunk", async () => {
    const frames = await encodeAll();
    expect(frames).toHaveLength(CHUNKS.length);
    for (const frame of frames) {
      const view = new DataView(frame.buffer, frame.byteOffset);
      expect(view.getUint32(16, true)).toBe(1);
      expect(Number(view.getBigUint64(24, true))).toBe(frame.length);
    }
  });

  it("outputs layer 0 before later layers arrive", async () => {
    const checksums = await loadChecksums();
    const encoder = createFrameEncoderStream(HEADER, { checksums });
    const writer = encoder.writable.getWriter();
    const reader = encoder.readable.getReader();
    void writer.write(CHUNKS[0]!);
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(first.value!.length).toBeGreaterThan(0);
    await writer.abort();
  });

  it("rejects an invalid header on creation", async () => {
    const checksums = await loadChecksums();
    expect(() => createFrameEncoderStream({ ...HEADER, tokenCount: 31 }, { checksums })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("errors on a chunk of an unknown plane", async () => {
    const checksums = await loadChecksums();
    const stream = readableOf([{ ...CHUNKS[0]!, planeIndex: 5 }]).pipeThrough(createFrameEncoderStream(HEADER, { checksums }));
    expect((await rejection(collect(stream))).code).toBe("INVALID_ARGUMENT");
  });
});

describe("frame decoder stream", () => {
  it("reproduces every chunk from whole frames", async () => {
    const decoded = await decodeAll(await encodeAll());
    expect(decoded.map((chunk) => [chunk.layerIndex, chunk.planeIndex])).toEqual(CHUNKS.map((chunk) => [chunk.layerIndex, chunk.planeIndex]));
    expect(decoded[1]!.data).toEqual(CHUNKS[1]!.data);
    expect(decoded.every((chunk) => chunk.firstToken === 128 && chunk.tokenCount === 32)).toBe(true);
  });

  it("accepts any split of the byte stream", async () => {
    const bytes = concat(await encodeAll());
    for (const sizes of [[1], [7, 64, 3], [63], [65], [4096], [bytes.length]]) {
      const decoded = await decodeAll(split(bytes, sizes));
      expect(decoded).toHaveLength(CHUNKS.length);
      expect(decoded[LAYERS * 2 - 1]!.data).toEqual(CHUNKS[LAYERS * 2 - 1]!.data);
    }
  });

  it("rejects a corrupted chunk before its data", async () => {
    const frames = await encodeAll();
    const corrupted = frames[2]!.slice();
    corrupted[corrupted.length - 1]! ^= 0x01;
    const checksums = await loadChecksums();
    const decoder = createFrameDecoderStream({ checksums });
    const writer = decoder.writable.getWriter();
    const reader = decoder.readable.getReader();
    const output: StreamedChunk[] = [];
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        output.push(value);
      }
    })();
    for (const frame of [frames[0]!, frames[1]!, corrupted, frames[3]!]) void writer.write(frame).catch(() => undefined);
    void writer.close().catch(() => undefined);
    expect((await rejection(reading)).code).toBe("FRAME_CHECKSUM_MISMATCH");
    expect(output.map((chunk) => chunk.layerIndex * 2 + chunk.planeIndex)).toEqual([0, 1]);
  });

  it("rejects a stream cut inside a frame", async () => {
    const bytes = concat(await encodeAll());
    for (const cut of [10, 64, 200, bytes.length - 1]) {
      expect((await rejection(decodeAll(split(bytes.subarray(0, cut), [100])))).code).toBe("FRAME_TRUNCATED");
    }
  });

  it("rejects bytes after the last frame", async () => {
    const frames = await encodeAll();
    for (const tail of [[0x00], [0x4d, 0x53, 0x4b, 0x00], Array.from({ length: 63 }, () => 0x20), Array.from({ length: 64 }, () => 0x20)]) {
      const error = await rejection(decodeAll(split(concat([...frames, new Uint8Array(tail)]), [100])));
      expect(error.code).toBe("FRAME_BAD_MAGIC");
    }
  });

  it("counts one byte of a cut frame in the singular", async () => {
    const frames = await encodeAll();
    const error = (await rejection(decodeAll([concat(frames), new Uint8Array([0x4d])]))) as { code: string; message: string };
    expect(error.code).toBe("FRAME_TRUNCATED");
    expect(error.message).toContain("it ended 1 byte into a frame");
  });

  it("names the frames read before a short tail", async () => {
    const frames = await encodeAll();
    const error = (await rejection(decodeAll([concat(frames), new Uint8Array([0x0a])]))) as { code: string; message: string };
    expect(error.message).toContain(`After ${frames.length} complete frames`);
    expect(error.message).toContain("with 1 byte of data that is not a frame");
  });

  it("rejects geometry the receiver does not expect", async () => {
    const checksums = await loadChecksums();
    const expectedPlanes = [HEADER.planes[0]!, { ...HEADER.planes[1]!, dims: [LAYERS, 32, 4, 8] }];
    const stream = readableOf(await encodeAll()).pipeThrough(createFrameDecoderStream({ checksums, expectedPlanes }));
    expect((await rejection(collect(stream))).code).toBe("FRAME_GEOMETRY_MISMATCH");
  });

  it("rejects an unknown version", async () => {
    const frame = (await encodeAll())[0]!.slice();
    frame[4] = 2;
    expect((await rejection(decodeAll([frame]))).code).toBe("FRAME_UNSUPPORTED_VERSION");
  });

  it("rejects an oversized frameSize without buffering it", async () => {
    const frame = (await encodeAll())[0]!.slice();
    new DataView(frame.buffer).setBigUint64(24, 2n ** 40n, true);
    expect((await rejection(decodeAll([frame.subarray(0, 64)]))).code).toBe("FRAME_LIMIT_EXCEEDED");
  });

  it("outputs every verified frame before a later frame's error, however the reads split", async () => {
    const frames = await encodeAll();
    const corrupted = frames.map((frame) => frame.slice());
    corrupted[4]![corrupted[4]!.length - 1]! ^= 0x01;
    const bytes = concat(corrupted);
    const splits: Uint8Array[][] = [[bytes], corrupted, split(bytes, [1]), split(bytes, [7, 64, 3]), split(bytes, [4096])];
    for (const pieces of splits) {
      const checksums = await loadChecksums();
      const reader = readableOf(pieces).pipeThrough(createFrameDecoderStream({ checksums })).getReader();
      const layers: number[] = [];
      const reading = (async () => {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) return;
          layers.push(value.layerIndex * 2 + value.planeIndex);
        }
      })();
      expect((await rejection(reading)).code, `${pieces.length} reads`).toBe("FRAME_CHECKSUM_MISMATCH");
      expect(layers, `${pieces.length} reads`).toEqual([0, 1, 2, 3]);
    }
  });

  it("outputs the frames before a corrupted one for any split and corrupted frame", async () => {
    const frames = await encodeAll();
    const checksums = await loadChecksums();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: frames.length - 1 }), fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 6 }), async (bad, sizes) => {
        const corrupted = frames.map((frame) => frame.slice());
        corrupted[bad]![corrupted[bad]!.length - 1]! ^= 0x01;
        const reader = readableOf(split(concat(corrupted), sizes)).pipeThrough(createFrameDecoderStream({ checksums })).getReader();
        const chunks: number[] = [];
        const reading = (async () => {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            chunks.push(value.layerIndex * 2 + value.planeIndex);
          }
        })();
        expect((await rejection(reading)).code).toBe("FRAME_CHECKSUM_MISMATCH");
        expect(chunks).toEqual(Array.from({ length: bad }, (_, index) => index));
      }),
      { numRuns: 60 },
    );
  });

  it("rejects a corrupted frameSize as soon as the header and tables arrive", async () => {
    const frame = (await encodeAll())[0]!.slice();
    const view = new DataView(frame.buffer);
    // One flipped bit adds 1 MiB to frameSize, within every limit, so only the header checksum detects it.
    view.setBigUint64(24, view.getBigUint64(24, true) + 2n ** 20n, true);
    const payloadOffset = view.getUint32(44, true);
    const checksums = await loadChecksums();
    const decoder = createFrameDecoderStream({ checksums });
    const writer = decoder.writable.getWriter();
    // The writer stays open: the stream must not wait for the 1 MiB that frameSize promises.
    void writer.write(frame.slice(0, payloadOffset)).catch(() => undefined);
    const error = await rejection(decoder.readable.getReader().read());
    expect(error).toMatchObject({ code: "FRAME_CHECKSUM_MISMATCH", field: "headerChecksum" });
  });

  it("decodes Node Buffers and ArrayBuffers like Uint8Arrays", async () => {
    const frames = await encodeAll();
    const expected = await decodeAll(frames);
    const bytes = concat(frames);
    const snapshot = (piece: Uint8Array | ArrayBuffer) => new Uint8Array(piece instanceof ArrayBuffer ? piece.slice(0) : piece);
    const inputs: (Uint8Array | ArrayBuffer)[][] = [
      frames.map((frame) => Buffer.from(frame)),
      split(bytes, [7, 64, 3]).map((piece) => Buffer.from(piece)),
      [Buffer.from(bytes)],
      split(bytes, [100]).map((piece) => piece.buffer as ArrayBuffer),
    ];
    for (const pieces of inputs) {
      const before = pieces.map(snapshot);
      expect(await decodeAll(pieces as Uint8Array[])).toEqual(expected);
      expect(pieces.map(snapshot)).toEqual(before);
    }
  });

  it("rejects checksums that were not awaited when created", () => {
    const pending = loadChecksums();
    expect(() => createFrameDecoderStream({ checksums: pending as never })).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT", field: "checksums" }));
  });

  it("rejects input that is not bytes", async () => {
    const checksums = await loadChecksums();
    const stream = readableOf(["text" as unknown as Uint8Array]).pipeThrough(createFrameDecoderStream({ checksums }));
    expect((await rejection(collect(stream))).code).toBe("INVALID_ARGUMENT");
  });
});

describe("frame decoder stream flow control", () => {
  it("holds writes while nobody reads", async () => {
    const checksums = await loadChecksums();
    const frames = await encodeAll();
    const decoder = createFrameDecoderStream({ checksums, expectedPlanes: HEADER.planes });
    const writer = decoder.writable.getWriter();
    let accepted = 0;
    const writes = frames.map((frame) => writer.write(frame).then(() => accepted++));

    await new Promise((resolve) => setTimeout(resolve, 20));

    // One write fills the writable side's queue of one, so every later write waits for a read.
    expect(accepted).toBeLessThanOrEqual(1);
    expect(writer.desiredSize).toBeLessThanOrEqual(0);
    void writer.close();
    expect(await collect(decoder.readable)).toHaveLength(CHUNKS.length);
    await Promise.all(writes);
    expect(accepted).toBe(frames.length);
  });

  it("errors the reader with an aborted writer's reason", async () => {
    const checksums = await loadChecksums();
    const [first] = await encodeAll();
    const decoder = createFrameDecoderStream({ checksums });
    const writer = decoder.writable.getWriter();
    const read = decoder.readable.getReader().read();
    const reason = new Error("connection reset");

    await writer.write(first!.subarray(0, 100));
    await writer.abort(reason);

    await expect(read).rejects.toBe(reason);
  });

  it("errors pending writes when the reader cancels", async () => {
    const checksums = await loadChecksums();
    const [first] = await encodeAll();
    const decoder = createFrameDecoderStream({ checksums });
    const writer = decoder.writable.getWriter();
    const reason = new Error("receiver stopped");

    await decoder.readable.cancel(reason);

    await expect(writer.write(first!)).rejects.toBe(reason);
  });

  it("delivers whole frames before a source error", async () => {
    const checksums = await loadChecksums();
    const frames = await encodeAll();
    const reason = new Error("connection reset");
    const source = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(frames[0]!);
        controller.enqueue(frames[1]!.subarray(0, 50));
      },
      pull(controller) {
        controller.error(reason);
      },
    });
    const reader = source.pipeThrough(createFrameDecoderStream({ checksums, expectedPlanes: HEADER.planes })).getReader();

    const first = await reader.read();

    expect(first.value).toMatchObject({ planeIndex: CHUNKS[0]!.planeIndex, layerIndex: CHUNKS[0]!.layerIndex });
    await expect(reader.read()).rejects.toBe(reason);
  });
});
