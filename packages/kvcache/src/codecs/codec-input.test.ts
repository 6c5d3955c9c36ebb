// Direct calls of the exported CODECS, encodeFrame, encodeFp8 and decodeFp8 with input that
// would otherwise encode silently wrong or crash with an untyped error.
import { describe, expect, it } from "vitest";

import { loadChecksums } from "../checksum.js";
import { isKvCacheError } from "../errors.js";
import { decodeFp8, encodeFp8 } from "../fp8.js";
import { createFrameEncoderStream } from "../frame-encoder-stream.js";
import { encodeFrame } from "../frame-writer.js";
import type { PlaneDescriptor, PlaneEncoding } from "../plane.js";
import { CODECS } from "./index.js";
import { rejection } from "../rejection.test-helpers.js";

function plane(encoding: PlaneEncoding, elementType: PlaneDescriptor["elementType"] = "fp32"): PlaneDescriptor {
  return { role: "key", kind: "token", elementType, dims: [1, 4, 1, 8], axisRoles: ["layer", "token", "head", "channel"], position: 0, channelOffset: 0, encoding };
}

const RAW = plane({ codec: "raw" });
const FP8 = plane({ codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "tensor" });
const INT = plane({ codec: "int", bits: 4, groupSize: 8, groupAxis: 3, residualTokens: 0 });

describe("codecs called directly", () => {
  const codecs = [
    ["raw", RAW],
    ["fp8", FP8],
    ["int", INT],
  ] as const;

  it.each(codecs)("%s: rejects data of the wrong length, naming the chunk shape", (name, p) => {
    for (const length of [3, 31, 33, 64]) {
      const error = rejection(() => CODECS[name].encode(p as never, new Float32Array(length).fill(1)));
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "data" });
      expect(error.message).toContain("expected 32 values, one chunk of dims [4, 1, 8]");
    }
  });

  it.each(codecs)("%s: rejects data of the wrong array type", (name, p) => {
    expect(rejection(() => CODECS[name].encode(p as never, new Uint16Array(32) as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "data" });
    expect(rejection(() => CODECS[name].encode(p as never, new Float64Array(32) as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "data" });
    const fp16 = { ...p, elementType: "fp16" } as PlaneDescriptor;
    expect(rejection(() => CODECS[name].encode(fp16 as never, new Float32Array(32)))).toMatchObject({ code: "INVALID_ARGUMENT", field: "data" });
  });

  it.each(codecs)("%s: rejects a plane of another codec", (name) => {
    const other = name === "raw" ? FP8 : RAW;
    const error = rejection(() => CODECS[name].encode(other as never, new Float32Array(32)));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "plane.encoding.codec" });
    expect(() => CODECS[name].decode(other as never, new Uint8Array(128))).toThrow(expect.objectContaining({ code: "INVALID_ARGUMENT" }));
  });

  it("rejects encodings the frame writer would reject", () => {
    const broken: PlaneEncoding[] = [
      { codec: "int", bits: 3 as never, groupSize: 8, groupAxis: 3, residualTokens: 0 },
      { codec: "int", bits: 4, groupSize: 0, groupAxis: 3, residualTokens: 0 },
      { codec: "int", bits: 4, groupSize: 8, groupAxis: 7, residualTokens: 0 },
      { codec: "int", bits: 4, groupSize: 8, groupAxis: 3, residualTokens: 10 },
      { codec: "fp8", format: "e4m3" as never, saturate: true, scaleGranularity: "none" },
      { codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "group", groupSize: 4 },
    ];
    for (const encoding of broken) {
      const p = plane(encoding);
      const codec = CODECS[encoding.codec] as (typeof CODECS)["raw"];
      expect(rejection(() => codec.encode(p as never, new Float32Array(32))).code).toBe("INVALID_ARGUMENT");
      expect(rejection(() => codec.decode(p as never, new Uint8Array(64))).code).toBe("INVALID_ARGUMENT");
    }
  });

  it("rejects a plane that is not an object", () => {
    expect(rejection(() => CODECS.raw.encode(null as never, new Float32Array(32)))).toMatchObject({ code: "INVALID_ARGUMENT", field: "plane" });
  });

  it("checks both arrays given to errorBounds", () => {
    const data = new Float32Array(32).fill(0.5);
    for (const [name, p] of codecs) {
      const codec = CODECS[name] as (typeof CODECS)["raw"];
      const decoded = codec.decode(p as never, codec.encode(p as never, data));
      expect(rejection(() => codec.errorBounds(p as never, data.subarray(1), decoded)).field).toBe("input");
      expect(rejection(() => codec.errorBounds(p as never, data, decoded.subarray(1) as Float32Array)).field).toBe("decoded");
    }
  });

  it("rejects scales for planes that store none instead of ignoring them", () => {
    const scales = new Float32Array([4]);
    const none = plane({ codec: "fp8", format: "e4m3fn", saturate: true, scaleGranularity: "none" });
    for (const p of [RAW, none, INT]) {
      const codec = CODECS[p.encoding.codec] as (typeof CODECS)["raw"];
      expect(rejection(() => codec.encode(p as never, new Float32Array(32), { scales })).code).toBe("INVALID_SCALE");
    }
  });
});

describe("encodeFrame input", () => {
  const header = { planes: [RAW], firstToken: 0, tokenCount: 4 };
  const data = new Float32Array(32);

  it("rejects missing options and chunks with typed errors", async () => {
    expect(rejection(() => encodeFrame({ ...header, chunks: [] }, undefined as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "options" });
    const checksums = await loadChecksums();
    expect(rejection(() => encodeFrame(header as never, { checksums }))).toMatchObject({ code: "INVALID_ARGUMENT", field: "chunks" });
    expect(rejection(() => encodeFrame({ ...header, chunks: [null as never] }, { checksums }))).toMatchObject({ code: "INVALID_ARGUMENT", field: "chunks[0]" });
    expect(rejection(() => encodeFrame({ ...header, planes: [null as never], chunks: [] }, { checksums }))).toMatchObject({ code: "INVALID_ARGUMENT", field: "planes[0]" });
    expect(rejection(() => encodeFrame(null as never, { checksums }))).toMatchObject({ code: "INVALID_ARGUMENT" });
    expect(rejection(() => encodeFrame({ ...header, planes: "planes" as never, chunks: [] }, { checksums })).message).toContain('got "planes"');
  });

  it("rejects an unknown option such as a misspelt checksum algorithm", async () => {
    const checksums = await loadChecksums();
    const error = rejection(() => encodeFrame({ ...header, chunks: [] }, { checksums, algorithm: "crc32" } as never));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "algorithm" });
    expect(error.message).toContain("checksum");
  });

  it("takes planeIndex only as an integer index", async () => {
    const checksums = await loadChecksums();
    for (const planeIndex of ["0", 0.5, -1, 1]) {
      const error = rejection(() => encodeFrame({ ...header, chunks: [{ planeIndex: planeIndex as never, layerIndex: 0, data }] }, { checksums }));
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "chunks[0].planeIndex" });
    }
  });

  it("rejects scales the plane would ignore", async () => {
    const checksums = await loadChecksums();
    const error = rejection(() => encodeFrame({ ...header, chunks: [{ planeIndex: 0, layerIndex: 0, data, scales: new Float32Array([2]) }] }, { checksums }));
    expect(error).toMatchObject({ code: "INVALID_SCALE", field: "scales" });
    expect(error.message).toContain("plane 0, layer 0");
  });

  it("the encoder stream checks its options and chunks too", async () => {
    expect(rejection(() => createFrameEncoderStream(header, undefined as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "options" });
    const checksums = await loadChecksums();
    const stream = createFrameEncoderStream(header, { checksums });
    const writer = stream.writable.getWriter();
    const written = writer.write(null as never).catch((error: unknown) => error);
    await expect(stream.readable.getReader().read()).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "chunk" });
    expect(isKvCacheError(await written)).toBe(true);
  });
});

describe("encodeFp8 and decodeFp8 options", () => {
  const values = new Float32Array([1, 500]);

  it("rejects a misspelt option instead of running with the default", () => {
    const error = rejection(() => encodeFp8(values, "e4m3fn", { saturated: false } as never));
    expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "saturated" });
    expect(error.message).toContain("saturate, scale, inputType");
    expect(rejection(() => decodeFp8(new Uint8Array(2), "e4m3fn", { saturate: false } as never)).field).toBe("saturate");
  });

  it("takes saturate only as a boolean", () => {
    // "no" is truthy and 0 falsy: neither may pick an overflow mode.
    for (const saturate of ["no", 0, 1, null]) {
      expect(rejection(() => encodeFp8(values, "e4m3fn", { saturate } as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "saturate" });
    }
  });

  it("takes inputType only as fp16 or bf16", () => {
    // Anything but "fp16" used to read the bits as bf16: 0x3C00 (1.0 in fp16) became 2^-7.
    for (const inputType of ["fp32", "FP16", "half"]) {
      expect(rejection(() => encodeFp8(new Uint16Array([0x3c00]), "e4m3fn", { inputType } as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "inputType" });
    }
    expect([...encodeFp8(new Uint16Array([0x3c00]), "e4m3fn", { inputType: "fp16" })]).toEqual([0x38]);
  });

  it("decodes only Uint8Array codes and checks the format of an empty input", () => {
    // A Uint16Array's 0x138 would have indexed past the 256-entry table and decoded to NaN.
    expect(rejection(() => decodeFp8(new Uint16Array([0x38, 0x138]) as never, "e4m3fn"))).toMatchObject({ code: "INVALID_ARGUMENT", field: "bytes" });
    expect(rejection(() => decodeFp8([0x38] as never, "e4m3fn")).message).toContain("an Array");
    expect(rejection(() => decodeFp8(new Uint8Array(0), "e4m3" as never))).toMatchObject({ code: "INVALID_ARGUMENT", field: "format" });
    expect([...decodeFp8(Buffer.from([0x38]), "e4m3fn")]).toEqual([1]);
  });
});
