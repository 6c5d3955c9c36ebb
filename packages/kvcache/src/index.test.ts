import { describe, expect, it } from "vitest";

describe("package exports", () => {
  it("match the documented list", async () => {
    const names = Object.keys(await import("./index.js")).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "CHECKSUM_IDS",
        "CODECS",
        "CODEC_PRESETS",
        "DEFAULT_CHECKSUM",
        "DEFAULT_FRAME_LIMITS",
        "ELEMENT_TYPE_IDS",
        "FP8_FORMATS",
        "KvCacheError",
        "KvCacheRangeError",
        "applyCodecPreset",
        "assembleFrame",
        "bf16ToFp32",
        "checksumProvider",
        "createFrameDecoderStream",
        "createFrameEncoderStream",
        "decodeFp8",
        "decodeFrame",
        "defaultResidualTokens",
        "encodeChunk",
        "encodeFp8",
        "encodeFrame",
        "encoderBackend",
        "fp16ToFp32",
        "fp32ToBf16",
        "fp32ToFp16",
        "frameSize",
        "hndToNhd",
        "isKvCacheError",
        "loadChecksums",
        "modelPlanes",
        "nhdToHnd",
        "packKv2ltd",
        "parseCodecPreset",
        "readFixedHeader",
        "readFrameTables",
        "unpackKv2ltd",
      ]
    `);
  });

  it("node entry exports the encode pool", async () => {
    const names = Object.keys(await import("./node/index.js")).sort();
    expect(names).toMatchInlineSnapshot(`
      [
        "createEncodePool",
      ]
    `);
  });
});

describe("shared tables", () => {
  it("are frozen", async () => {
    const exports = await import("./index.js");
    const tables = {
      CHECKSUM_IDS: exports.CHECKSUM_IDS,
      CODECS: exports.CODECS,
      CODEC_PRESETS: exports.CODEC_PRESETS,
      DEFAULT_FRAME_LIMITS: exports.DEFAULT_FRAME_LIMITS,
      ELEMENT_TYPE_IDS: exports.ELEMENT_TYPE_IDS,
      FP8_FORMATS: exports.FP8_FORMATS,
    };

    for (const [name, table] of Object.entries(tables)) {
      expect(Object.isFrozen(table), name).toBe(true);
    }
    for (const [codec, implementation] of Object.entries(exports.CODECS)) {
      expect(Object.isFrozen(implementation), `CODECS.${codec}`).toBe(true);
    }
  });

  it("keep reader limits after a write attempt", async () => {
    const { DEFAULT_FRAME_LIMITS } = await import("./index.js");
    const limits = DEFAULT_FRAME_LIMITS as { maxFrameBytes: number };

    expect(() => {
      limits.maxFrameBytes = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_FRAME_LIMITS.maxFrameBytes).toBe(4 * 2 ** 30);
  });
});
