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
