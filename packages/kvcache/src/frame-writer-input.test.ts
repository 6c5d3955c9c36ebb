// The frame writer's input checks: a field it does not take, a name that only exists on
// Object.prototype and a chunk array of the wrong element type are rejected with a typed error
// before anything is encoded.
import { describe, expect, it } from "vitest";

import { loadChecksums } from "./checksum.js";
import { encodeChunk } from "./chunk-encoder.js";
import { createFrameEncoderStream } from "./frame-encoder-stream.js";
import { decodeFrame } from "./frame-reader.js";
import { assembleFrame, encodeFrame, type FrameInput } from "./frame-writer.js";
import type { PlaneDescriptor } from "./plane.js";
import { rejection } from "./rejection.test-helpers.js";

const PLANE: PlaneDescriptor = {
  role: "key",
  kind: "token",
  elementType: "fp32",
  dims: [2, 4, 1, 8],
  axisRoles: ["layer", "token", "head", "channel"],
  position: 0,
  channelOffset: 0,
  encoding: { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tensor" },
};

const DATA = Float32Array.from({ length: 32 }, (_, i) => i / 8);

function input(overrides: Partial<FrameInput> = {}): FrameInput {
  return {
    planes: [PLANE],
    firstToken: 0,
    tokenCount: 4,
    chunks: [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: DATA })),
    ...overrides,
  };
}

function withEncoding(encoding: object): FrameInput {
  return input({ planes: [{ ...PLANE, encoding } as PlaneDescriptor] });
}

describe("frame writer input fields", () => {
  it("rejects a misspelt chunk scales", async () => {
    const checksums = await loadChecksums();
    const chunks = [
      { planeIndex: 0, layerIndex: 0, data: DATA, scale: new Float32Array([2]) },
      { planeIndex: 0, layerIndex: 1, data: DATA },
    ];
    const error = rejection(() => encodeFrame(input({ chunks } as never), { checksums }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("chunks[0].scale");
    expect(error.message).toMatch(/planeIndex, layerIndex, data, scales/);
  });

  it("stores given chunk scales", async () => {
    const checksums = await loadChecksums();
    const chunks = [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: DATA, scales: new Float32Array([2]) }));
    const frame = encodeFrame(input({ chunks }), { checksums });
    const payloadOffset = new DataView(frame.buffer).getUint32(44, true);
    expect(new DataView(frame.buffer).getFloat32(payloadOffset, true)).toBe(2);
    expect(decodeFrame(frame, { checksums }).chunks).toHaveLength(2);
  });

  it("rejects a misspelt header field", async () => {
    const checksums = await loadChecksums();
    const error = rejection(() => encodeFrame({ ...input(), sourceLayot: "vllm-nhd" } as never, { checksums }));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.field).toBe("input.sourceLayot");
    expect(rejection(() => createFrameEncoderStream({ planes: [PLANE], firstToken: 0, tokenCount: 4, firsToken: 1 } as never, { checksums })).field).toBe(
      "input.firsToken",
    );
  });

  it("rejects a misspelt optional encoding field", async () => {
    const checksums = await loadChecksums();
    const fp8 = rejection(() => encodeFrame(withEncoding({ ...PLANE.encoding, scaletype: "fp16" }), { checksums }));
    expect(fp8.code).toBe("INVALID_ARGUMENT");
    expect(fp8.field).toBe("planes[0].encoding.scaletype");
    expect(rejection(() => encodeFrame(withEncoding({ codec: "raw", stage: ["deflate"] }), { checksums })).field).toBe("planes[0].encoding.stage");
    const int = { codec: "int", bits: 4, groupSize: 8, groupAxis: 1, residualTokens: 4, scaleTyp: "fp32" };
    expect(rejection(() => encodeFrame(withEncoding(int), { checksums })).field).toBe("planes[0].encoding.scaleTyp");
  });

  it("accepts extra fields on the plane itself", async () => {
    // modelPlanes returns planes with their model's layer list, and those go to the writer as they are.
    const checksums = await loadChecksums();
    const frame = encodeFrame(input({ planes: [{ ...PLANE, modelLayers: [0, 1] } as PlaneDescriptor] }), { checksums });
    expect(decodeFrame(frame, { checksums }).chunks).toHaveLength(2);
  });
});

describe("frame writer element arrays", () => {
  it("names the fp16 converter for fp32 data", async () => {
    const checksums = await loadChecksums();
    const error = rejection(() => encodeFrame(input({ planes: [{ ...PLANE, elementType: "fp16", encoding: { codec: "raw" } }] }), { checksums }));

    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.message).toContain("fp16 values must be a Uint16Array (their bit patterns), got Float32Array");
    expect(error.message).toContain("Convert fp32 values with fp32ToFp16 first");
  });

  it("names the bf16 converter for fp32 data", async () => {
    const checksums = await loadChecksums();
    const error = rejection(() => encodeFrame(input({ planes: [{ ...PLANE, elementType: "bf16", encoding: { codec: "raw" } }] }), { checksums }));

    expect(error.message).toContain("Convert fp32 values with fp32ToBf16 first");
  });

  it("names the decoders for bit patterns", async () => {
    const checksums = await loadChecksums();
    const chunks = [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: new Uint16Array(32) }));
    const error = rejection(() => encodeFrame(input({ chunks }), { checksums }));

    expect(error.message).toContain("Convert fp16 or bf16 bit patterns with fp16ToFp32 or bf16ToFp32 first.");
  });

  it("shows how to view a Buffer of bytes", async () => {
    const checksums = await loadChecksums();
    const fp16Plane = { ...PLANE, elementType: "fp16" as const, encoding: { codec: "raw" as const } };
    const fp16Chunks = [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: Buffer.alloc(64) as unknown as Uint16Array }));
    const fp32Chunks = [0, 1].map((layerIndex) => ({ planeIndex: 0, layerIndex, data: new Uint8Array(128) as unknown as Float32Array }));

    const fp16Error = rejection(() => encodeFrame(input({ planes: [fp16Plane], chunks: fp16Chunks }), { checksums }));
    const fp32Error = rejection(() => encodeFrame(input({ chunks: fp32Chunks }), { checksums }));

    expect(fp16Error.message).toContain("got Buffer.");
    expect(fp16Error.message).toContain("new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2) when byteOffset is a multiple of 2.");
    expect(fp32Error.message).toContain("copy them into a Float32Array: new Float32Array(Uint8Array.from(bytes).buffer)");
  });
});

describe("frame writer names from Object.prototype", () => {
  it("rejects them as checksum algorithms", async () => {
    const checksums = await loadChecksums();
    for (const name of ["toString", "constructor", "hasOwnProperty"]) {
      const error = rejection(() => encodeFrame(input(), { checksums, checksum: name as never }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe("checksum");
    }
  });

  it("rejects them as source layouts", async () => {
    const checksums = await loadChecksums();
    expect(rejection(() => encodeFrame(input({ sourceLayout: "toString" as never }), { checksums })).field).toBe("sourceLayout");
  });

  it("rejects them as stages", async () => {
    const checksums = await loadChecksums();
    const error = rejection(() => encodeFrame(withEncoding({ codec: "raw", stages: ["constructor"] }), { checksums }));
    expect(error.field).toBe("planes[0].encoding.stages");
    expect(rejection(() => encodeFrame(withEncoding({ codec: "raw", stages: "deflate" }), { checksums })).field).toBe("planes[0].encoding.stages");
  });

  it("rejects them as codecs", async () => {
    const checksums = await loadChecksums();
    for (const codec of ["toString", "constructor"]) {
      const error = rejection(() => encodeFrame(withEncoding({ codec }), { checksums }));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.field).toBe("planes[0].encoding.codec");
    }
  });
});

describe("frame writer encoded chunks", () => {
  it("encodes with xxh64 when no algorithm is given", async () => {
    const checksums = await loadChecksums();
    const chunks = [0, 1].map((layerIndex) => encodeChunk(PLANE, 0, layerIndex, DATA, checksums));

    expect(chunks.map((chunk) => chunk.algorithm)).toEqual(["xxh64", "xxh64"]);
    expect(decodeFrame(assembleFrame(input(), chunks, checksums), { checksums }).chunks).toHaveLength(2);
  });

  it("names an unknown algorithm before encoding", async () => {
    const checksums = await loadChecksums();
    // Before, "md5" ran the codec and then blamed the checksums object: "it has no md5 function".
    const error = rejection(() => encodeChunk(PLANE, 0, 0, DATA, checksums, "md5" as never));

    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "algorithm", value: "md5" });
    expect(error.message).toContain("xxh64");
  });

  it("rejects a chunk encoded for another plane", async () => {
    const checksums = await loadChecksums();
    const raw: PlaneDescriptor = { ...PLANE, encoding: { codec: "raw" } };
    const rawChunk = encodeChunk(raw, 0, 0, DATA, checksums);

    // Before, the frame was written, and every reader rejected its decodedSize.
    const error = rejection(() => assembleFrame(input(), [rawChunk], checksums));

    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "chunks", value: 128 });
    expect(error.message).toContain("plane 0 gives 48 bytes");
  });

  it("rejects stored bytes cut after encoding", async () => {
    const checksums = await loadChecksums();
    const chunk = encodeChunk(PLANE, 0, 0, DATA, checksums);

    const error = rejection(() => assembleFrame(input(), [{ ...chunk, stored: chunk.stored.subarray(0, 10) }], checksums));

    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "chunks" });
    expect(error.message).toContain("10 stored bytes");
  });
});
